import { describe, expect, it } from 'vitest';
import { parseCategories } from '../category.catalog.js';
import { mayBePublic, publicHandlerName, publicPlace, type PlaceUnit } from './public.view.js';

const units = new Map<number, PlaceUnit>([
  [1, { id: 1, name: '静安区', type: 'district' }],
  [2, { id: 2, name: '曹家渡街道', type: 'street' }],
  [3, { id: 3, name: '三和居委会', type: 'committee' }],
  [4, { id: 4, name: '汾西新村', type: 'compound' }],
  [5, { id: 5, name: '1号楼', type: 'building' }],
  [6, { id: 6, name: '101室', type: 'house' }],
]);
const home = { unitPath: '/1/2/3/4/5/6/', lat: 31.234567, lng: 121.456789 };

describe('publicPlace', () => {
  it('names the compound of a house, never its building or room, and rounds the point to about 100 m', () => {
    expect(publicPlace(home, units, 'compound')).toEqual({ unitId: 4, name: '汾西新村', lat: 31.235, lng: 121.457 });
    expect(publicPlace({ ...home, unitPath: '/1/2/3/4/5/' }, units, 'compound').name).toBe('汾西新村');
  });

  it('names only the street at street level, with the point rounded to about 1 km', () => {
    expect(publicPlace(home, units, 'street')).toEqual({ unitId: 2, name: '曹家渡街道', lat: 31.23, lng: 121.46 });
  });

  it("shows a request at its unit's own point where the district placed the unit, never the reporter's spot", () => {
    const placed = new Map(units);
    placed.set(4, { id: 4, name: '汾西新村', type: 'compound', lat: 31.2301234, lng: 121.4509876 });
    placed.set(2, { id: 2, name: '曹家渡街道', type: 'street', lat: 31.2412, lng: 121.4388 });
    expect(publicPlace(home, placed, 'compound')).toEqual({ unitId: 4, name: '汾西新村', lat: 31.23, lng: 121.451 });
    expect(publicPlace(home, placed, 'street')).toEqual({ unitId: 2, name: '曹家渡街道', lat: 31.24, lng: 121.44 });
    // No point reported: none shown, even though the unit has one.
    expect(publicPlace({ ...home, lat: null, lng: null }, placed, 'compound')).toMatchObject({ lat: null, lng: null });
  });

  it('keeps a coarser place as it is, and has no point to show when none was given', () => {
    expect(publicPlace({ unitPath: '/1/2/3/', lat: null, lng: null }, units, 'compound')).toEqual({ unitId: 3, name: '三和居委会', lat: null, lng: null });
    expect(publicPlace({ unitPath: '/1/', lat: null, lng: null }, units, 'street')).toMatchObject({ unitId: 1, name: '静安区' });
    // Units it cannot read are never guessed at: an unknown compound gives the committee above it.
    expect(publicPlace({ unitPath: '/1/2/3/99/5/6/', lat: null, lng: null }, units, 'compound')).toMatchObject({ unitId: 3 });
  });

  it('calls a committee handler by its kind at street level', () => {
    expect(publicHandlerName('committee', '三和居委会', 'street', 'zh-CN')).toBe('居委会');
    expect(publicHandlerName('committee', '三和居委会', 'compound', 'zh-CN')).toBe('三和居委会');
    expect(publicHandlerName('department', '区房屋管理局', 'street', 'en')).toBe('区房屋管理局');
  });
});

describe('private categories and the place level in the catalogue', () => {
  const catalog = (extra: Record<string, unknown>) =>
    parseCategories({
      name: 'problem-categories',
      draft: true,
      source: null,
      extra,
      entries: [
        {
          code: 'P01',
          name: { zh: '市容环境', en: 'Environment' },
          subcategories: [
            { code: 'P0101', name: { zh: '垃圾', en: 'Rubbish' }, public: true },
            { code: 'P0102', name: { zh: '分类', en: 'Sorting' } },
          ],
        },
        {
          code: 'P07',
          name: { zh: '矛盾纠纷', en: 'Disputes' },
          private: true,
          subcategories: [{ code: 'P0701', name: { zh: '噪声', en: 'Noise' }, public: true }],
        },
        {
          code: 'P08',
          name: { zh: '民生服务', en: 'Services' },
          subcategories: [{ code: 'P0803', name: { zh: '社会救助', en: 'Assistance' }, public: true, private: true }],
        },
      ],
    });

  it('makes private whatever its group, itself or the district list marks, and a private category no Open311 service', () => {
    const c = catalog({ publicView: { privateCategories: ['P0102'] } });
    const flags = (code: string) => ({ public: c.byCode.get(code)!.public, private: c.byCode.get(code)!.private });
    expect(flags('P0101')).toEqual({ public: true, private: false });
    expect(flags('P0102')).toEqual({ public: false, private: true });
    expect(flags('P0701')).toEqual({ public: false, private: true });
    expect(flags('P0803')).toEqual({ public: false, private: true });
    expect(mayBePublic(c.byCode.get('P0101'))).toBe(true);
    expect(mayBePublic(c.byCode.get('P0701'))).toBe(false);
    expect(mayBePublic(undefined)).toBe(false);
    expect(catalog({ publicView: { privateCategories: ['P01'] } }).byCode.get('P0101')!.private).toBe(true);
  });

  it('reads the place level as compound unless the district says street', () => {
    expect(catalog({}).publicView.placeLevel).toBe('compound');
    expect(catalog({ publicView: { placeLevel: 'street' } }).publicView.placeLevel).toBe('street');
    expect(catalog({ publicView: { placeLevel: 'house' } }).publicView.placeLevel).toBe('compound');
  });
});
