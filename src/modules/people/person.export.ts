import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Static } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { safeRow } from '../../platform/spreadsheet.js';
import { pathsOfVisibleGrid } from '../org/index.js';
import { PersonService } from './person.service.js';
import { loadTagCatalog } from './tag.catalog.js';
import { personView } from './person.view.js';
import { listFilters } from './people.schemas.js';
import { PEOPLE } from './people.policy.js';
import type { ExportFilters } from './export-request.schemas.js';
import type { PersonQuery } from './person.repository.js';

/** Beyond this a list is a data transfer, not an export: sharing or a report is the way. */
export const EXPORT_LIMIT = 100_000;

/** An export's list as the person queries take it. */
export type ExportList = Omit<PersonQuery, 'today' | 'hiddenTags' | 'limit' | 'offset'> & { unitId?: number };

const COLUMNS = [
  { key: 'id', zh: '编号', en: 'ID', width: 10 },
  { key: 'name', zh: '姓名', en: 'Name', width: 12 },
  { key: 'gender', zh: '性别', en: 'Gender', width: 6 },
  { key: 'age', zh: '年龄', en: 'Age', width: 6 },
  { key: 'doc', zh: '证件号码（脱敏）', en: 'Document (masked)', width: 22 },
  { key: 'phone', zh: '电话（脱敏）', en: 'Phone (masked)', width: 14 },
  { key: 'residence', zh: '居住状态', en: 'Residence', width: 16 },
  { key: 'address', zh: '地址', en: 'Address', width: 36 },
  { key: 'tags', zh: '标签', en: 'Tags', width: 30 },
] as const;

/** The filters of the export form as a list query; a grid the scope does not reach is not found. */
export async function exportList(core: Core, actor: Actor, f: Static<typeof ExportFilters>): Promise<ExportList> {
  const within = f.gridId ? ((await pathsOfVisibleGrid(core.db, actor.scope, f.gridId)) ?? undefined) : undefined;
  if (f.gridId && !within) throw notFound('grid');
  return { ...listFilters(f), within };
}

/** How many rows the export would have, counted as the list counts them (up to EXPORT_LIMIT). */
export async function exportSize(core: Core, actor: Actor, list: ExportList) {
  core.assert(actor, PEOPLE.export);
  const first = await new PersonService(core).list(actor, { ...list, limit: 1, offset: 0, countCap: EXPORT_LIMIT });
  return { rows: first.total, truncated: !!first.totalCapped };
}

/**
 * Streams the caller's list as .xlsx: the same scope and filters as the list, numbers masked, sensitive tags
 * left out for those who may not see them. The caller records the export in the audit log first: no entry,
 * no file.
 */
export async function streamPersons(core: Core, actor: Actor, list: ExportList, rows: number) {
  core.assert(actor, PEOPLE.export);
  const people = new PersonService(core);
  const catalog = await loadTagCatalog(core.db, actor.scope.districtId ?? 0);
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet(actor.locale === 'en' ? 'Residents' : '实有人口');
  sheet.columns = COLUMNS.map((c) => ({ header: actor.locale === 'en' ? c.en : c.zh, key: c.key, width: c.width }));
  (async () => {
    for (let offset = 0; offset < rows; offset += 2000) {
      const page = await people.list(actor, { ...list, limit: Math.min(2000, rows - offset), offset, countCap: 0 });
      for (const p of page.items) {
        const v = personView(p, catalog, page.hidden, p.house_id ? page.addresses.get(p.house_id) : undefined);
        // Names, addresses and tags are typed by people: none may open as a formula.
        sheet
          .addRow(
            safeRow({
              id: v.id,
              name: v.name,
              gender: v.gender === 'male' ? '男' : v.gender === 'female' ? '女' : '',
              age: v.age,
              doc: v.docMasked,
              phone: v.phoneMasked ?? '',
              residence: localize(v.residenceLabel, actor.locale),
              address: v.address?.text ?? '',
              tags: v.tags.map((t) => localize(t.name, actor.locale)).join('、'),
            }),
          )
          .commit();
      }
    }
    sheet.commit();
    await book.commit();
  })().catch((e) => out.destroy(e as Error));
  return out;
}
