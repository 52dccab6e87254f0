/**
 * The structure of a HEIC file (ISO/IEC 23008-12, a HEIF image coded in HEVC, as phones take them), read in
 * full without decoding its pixels: no HEVC decoder ships in an npm package we can rely on (sharp's libheif has
 * none), and a wasm one would spend about a second of the event loop per 12 MP photo. What is checked is what a
 * cut or forged file gets wrong:
 *
 * - the boxes: every box fits inside its parent and the top-level boxes fill the file exactly (a file cut short
 *   leaves its last box, usually `mdat`, overhanging the end);
 * - the meta box: handler `pict`, a primary item, the items' types, locations and references;
 * - the coded data: the primary item is an HEVC image (`hvc1`), a grid of them or an identity transform of
 *   one; each coded item has its decoder configuration (`hvcC`), its data lies inside the file, and that data is
 *   a run of NAL units whose length prefixes add up to exactly the item's length.
 *
 * `heifProblem` returns what is wrong, in English for the log, or null.
 */

interface Box {
  type: string;
  /** Start of the box's payload (after its header). */
  start: number;
  /** End of the box (exclusive). */
  end: number;
}

class Bad extends Error {}

const fourcc = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  need(at: number, n: number, end: number) {
    if (at < 0 || at + n > end) throw new Bad(`a field at ${at} runs past its box (ending at ${end})`);
  }
  u8(at: number, end: number) {
    this.need(at, 1, end);
    return this.view.getUint8(at);
  }
  u16(at: number, end: number) {
    this.need(at, 2, end);
    return this.view.getUint16(at);
  }
  u32(at: number, end: number) {
    this.need(at, 4, end);
    return this.view.getUint32(at);
  }
  /** An unsigned integer of 0, 4 or 8 bytes (iloc's sizes). */
  uint(at: number, size: number, end: number): number {
    if (size === 0) return 0;
    if (size === 4) return this.u32(at, end);
    if (size === 8) {
      const hi = this.u32(at, end);
      const lo = this.u32(at + 4, end);
      if (hi > 0x1fffff) throw new Bad('an offset beyond any file');
      return hi * 2 ** 32 + lo;
    }
    throw new Bad(`a field size of ${size} bytes`);
  }

  /** The boxes between `start` and `end`, each checked to fit. */
  boxes(start: number, end: number): Box[] {
    const out: Box[] = [];
    let at = start;
    while (at < end) {
      if (at + 8 > end) throw new Bad(`${end - at} stray bytes at ${at}`);
      let size = this.u32(at, end);
      const type = fourcc(this.bytes, at + 4);
      let header = 8;
      if (size === 1) {
        size = this.uint(at + 8, 8, end);
        header = 16;
      } else if (size === 0) {
        size = end - at;
      }
      if (size < header) throw new Bad(`box '${type}' at ${at} is smaller than its header`);
      if (at + size > end) throw new Bad(`box '${type}' at ${at} (${size} bytes) runs past the end at ${end}: the file is cut short or damaged`);
      out.push({ type, start: at + header, end: at + size });
      at += size;
    }
    return out;
  }
}

interface Extent {
  offset: number;
  length: number;
}
interface Location {
  method: number;
  baseOffset: number;
  extents: Extent[];
}

export function heifProblem(bytes: Uint8Array): string | null {
  try {
    check(bytes);
    return null;
  } catch (e) {
    if (e instanceof Bad) return e.message;
    throw e;
  }
}

function check(bytes: Uint8Array): void {
  const r = new Reader(bytes);
  const top = r.boxes(0, bytes.length);
  if (top[0]?.type !== 'ftyp') throw new Bad('the file does not start with a ftyp box');
  const metas = top.filter((b) => b.type === 'meta');
  if (metas.length !== 1) throw new Bad(`${metas.length} meta boxes at the top level, one expected`);
  const meta = metas[0]!;
  // meta is a full box: version and flags first.
  const children = r.boxes(meta.start + 4, meta.end);
  const child = (type: string) => children.find((b) => b.type === type);

  const hdlr = child('hdlr');
  if (!hdlr || fourcc(bytes, hdlr.start + 8) !== 'pict' || hdlr.start + 12 > hdlr.end) throw new Bad('the meta box has no picture handler');

  const pitm = child('pitm');
  if (!pitm) throw new Bad('no primary item (pitm)');
  const primary = r.u8(pitm.start, pitm.end) === 0 ? r.u16(pitm.start + 4, pitm.end) : r.u32(pitm.start + 4, pitm.end);

  const types = itemTypes(r, child('iinf'));
  const locations = itemLocations(r, child('iloc'));
  const refs = references(r, child('iref'));
  const props = properties(r, child('iprp'));
  const idat = child('idat');

  const coded = new Set<number>();
  const collect = (id: number, depth: number) => {
    const type = types.get(id);
    if (type === 'hvc1') return void coded.add(id);
    if ((type === 'grid' || type === 'iden') && depth < 2) {
      const inputs = refs.get(`dimg:${id}`) ?? [];
      if (!inputs.length) throw new Bad(`item ${id} (${type}) names no input images`);
      if (type === 'iden' && inputs.length !== 1) throw new Bad(`identity item ${id} names ${inputs.length} inputs`);
      if (type === 'grid') checkGrid(r, id, inputs.length, locations.get(id), idat);
      for (const input of inputs) collect(input, depth + 1);
      return;
    }
    throw new Bad(`item ${id} is ${type ? `'${type}'` : 'missing'}, not an HEVC image`);
  };
  collect(primary, 0);

  // Each coded item's data is read once; items that share or overlap data cannot make that read endless.
  let budget = 2 * bytes.length;
  for (const id of coded) {
    const hvcC = props.get(id)?.find((p) => p.type === 'hvcC');
    if (!hvcC) throw new Bad(`HEVC item ${id} has no decoder configuration (hvcC)`);
    // lengthSizeMinusOne sits in the low two bits of byte 21 of the configuration record.
    const lengthSize = (r.u8(hvcC.start + 21, hvcC.end) & 3) + 1;
    const loc = locations.get(id);
    if (!loc) throw new Bad(`HEVC item ${id} has no location`);
    const ranges = dataRanges(loc, bytes.length, idat, id);
    budget -= ranges.reduce((n, [a, b]) => n + b - a, 0);
    if (budget < 0) throw new Bad("the images' data overlap far beyond the file");
    checkNalUnits(r, id, lengthSize, ranges);
  }
}

const MAX_EXTENTS = 100_000;

function itemTypes(r: Reader, iinf: Box | undefined): Map<number, string> {
  if (!iinf) throw new Bad('no item information (iinf)');
  const version = r.u8(iinf.start, iinf.end);
  const entriesAt = iinf.start + 4 + (version === 0 ? 2 : 4);
  const types = new Map<number, string>();
  for (const infe of r.boxes(entriesAt, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const v = r.u8(infe.start, infe.end);
    if (v < 2) continue; // versions 0 and 1 name no item type: not an image item
    const id = v === 2 ? r.u16(infe.start + 4, infe.end) : r.u32(infe.start + 4, infe.end);
    const typeAt = infe.start + 4 + (v === 2 ? 2 : 4) + 2;
    r.need(typeAt, 4, infe.end);
    types.set(id, fourcc(r.bytes, typeAt));
  }
  return types;
}

function itemLocations(r: Reader, iloc: Box | undefined): Map<number, Location> {
  if (!iloc) throw new Bad('no item locations (iloc)');
  const end = iloc.end;
  const version = r.u8(iloc.start, end);
  if (version > 2) throw new Bad(`iloc version ${version}`);
  let at = iloc.start + 4;
  const sizes = r.u8(at, end);
  const sizes2 = r.u8(at + 1, end);
  at += 2;
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 15;
  const baseOffsetSize = sizes2 >> 4;
  const indexSize = version === 1 || version === 2 ? sizes2 & 15 : 0;
  const count = version < 2 ? r.u16(at, end) : r.u32(at, end);
  at += version < 2 ? 2 : 4;
  const out = new Map<number, Location>();
  // Extents whose fields are all 0 bytes long cost nothing to declare: their number is bounded here.
  let extentsSeen = 0;
  for (let i = 0; i < count; i++) {
    const id = version < 2 ? r.u16(at, end) : r.u32(at, end);
    at += version < 2 ? 2 : 4;
    let method = 0;
    if (version === 1 || version === 2) {
      method = r.u16(at, end) & 15;
      at += 2;
    }
    const dataReference = r.u16(at, end);
    at += 2;
    if (dataReference !== 0) throw new Bad(`item ${id} lies in another file`);
    const baseOffset = r.uint(at, baseOffsetSize, end);
    at += baseOffsetSize;
    const extentCount = r.u16(at, end);
    at += 2;
    extentsSeen += extentCount;
    if (extentsSeen > MAX_EXTENTS) throw new Bad(`more than ${MAX_EXTENTS} data extents`);
    const extents: Extent[] = [];
    for (let k = 0; k < extentCount; k++) {
      at += indexSize;
      const offset = r.uint(at, offsetSize, end);
      at += offsetSize;
      const length = r.uint(at, lengthSize, end);
      at += lengthSize;
      extents.push({ offset, length });
    }
    out.set(id, { method, baseOffset, extents });
  }
  return out;
}

/** `dimg:<from>` → the items it is derived from, in order. */
function references(r: Reader, iref: Box | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!iref) return out;
  const wide = r.u8(iref.start, iref.end) !== 0;
  const read = (at: number, end: number) => (wide ? r.u32(at, end) : r.u16(at, end));
  const step = wide ? 4 : 2;
  for (const ref of r.boxes(iref.start + 4, iref.end)) {
    const from = read(ref.start, ref.end);
    const n = r.u16(ref.start + step, ref.end);
    const to: number[] = [];
    for (let i = 0; i < n; i++) to.push(read(ref.start + step + 2 + i * step, ref.end));
    out.set(`${ref.type}:${from}`, [...(out.get(`${ref.type}:${from}`) ?? []), ...to]);
  }
  return out;
}

/** Each item's associated properties (ipma over ipco). */
function properties(r: Reader, iprp: Box | undefined): Map<number, Box[]> {
  const out = new Map<number, Box[]>();
  if (!iprp) throw new Bad('no item properties (iprp)');
  const inner = r.boxes(iprp.start, iprp.end);
  const ipco = inner.find((b) => b.type === 'ipco');
  if (!ipco) throw new Bad('no property container (ipco)');
  const list = r.boxes(ipco.start, ipco.end);
  for (const ipma of inner.filter((b) => b.type === 'ipma')) {
    const version = r.u8(ipma.start, ipma.end);
    const wideIndex = (r.u8(ipma.start + 3, ipma.end) & 1) === 1;
    const end = ipma.end;
    let at = ipma.start + 4;
    const count = r.u32(at, end);
    at += 4;
    for (let i = 0; i < count; i++) {
      const id = version < 1 ? r.u16(at, end) : r.u32(at, end);
      at += version < 1 ? 2 : 4;
      const n = r.u8(at, end);
      at += 1;
      const mine = out.get(id) ?? [];
      for (let k = 0; k < n; k++) {
        const index = wideIndex ? r.u16(at, end) & 0x7fff : r.u8(at, end) & 0x7f;
        at += wideIndex ? 2 : 1;
        if (index === 0) continue;
        const prop = list[index - 1];
        if (!prop) throw new Bad(`item ${id} names property ${index} of ${list.length}`);
        mine.push(prop);
      }
      out.set(id, mine);
    }
  }
  return out;
}

/** Where an item's bytes are: file offsets (construction method 0) or inside idat (method 1), each checked. */
function dataRanges(loc: Location, fileLength: number, idat: Box | undefined, id: number): Array<[number, number]> {
  if (loc.method !== 0 && loc.method !== 1) throw new Bad(`item ${id} is built from other items (construction method ${loc.method})`);
  if (loc.method === 1 && !idat) throw new Bad(`item ${id} lies in an idat box that is missing`);
  const [origin, limit] = loc.method === 0 ? [0, fileLength] : [idat!.start, idat!.end];
  if (!loc.extents.length) throw new Bad(`item ${id} has no data`);
  return loc.extents.map(({ offset, length }) => {
    const from = origin + loc.baseOffset + offset;
    const to = length === 0 ? limit : from + length;
    if (from >= limit || to > limit)
      throw new Bad(`item ${id}'s data (${from}–${to}) lies outside the file (${limit} bytes): the file is cut short or damaged`);
    return [from, to];
  });
}

/** A grid's descriptor: its rows × columns must match the images it names. */
function checkGrid(r: Reader, id: number, inputs: number, loc: Location | undefined, idat: Box | undefined) {
  if (!loc) throw new Bad(`grid ${id} has no location`);
  const [[from, to]] = dataRanges(loc, r.bytes.length, idat, id) as [[number, number]];
  const rows = r.u8(from + 2, to) + 1;
  const columns = r.u8(from + 3, to) + 1;
  if (rows * columns !== inputs) throw new Bad(`grid ${id} is ${rows}×${columns} but names ${inputs} images`);
}

/** The item's data is a run of length-prefixed NAL units that ends exactly where the data does. */
function checkNalUnits(r: Reader, id: number, lengthSize: number, ranges: Array<[number, number]>) {
  // Extents are one run in practice; several are joined (a NAL unit may span two).
  const data = ranges.length === 1 ? r.bytes.subarray(ranges[0]![0], ranges[0]![1]) : Buffer.concat(ranges.map(([a, b]) => r.bytes.subarray(a, b)));
  let at = 0;
  let units = 0;
  while (at < data.length) {
    if (at + lengthSize > data.length) throw new Bad(`item ${id}'s data ends inside a NAL unit length`);
    let length = 0;
    for (let k = 0; k < lengthSize; k++) length = length * 256 + data[at + k]!;
    at += lengthSize;
    if (length === 0 || at + length > data.length)
      throw new Bad(`item ${id}'s data is not a run of HEVC NAL units (a unit of ${length} bytes at ${at} of ${data.length})`);
    // forbidden_zero_bit: the first bit of every NAL unit header is 0.
    if (data[at]! & 0x80) throw new Bad(`item ${id}'s data is not HEVC (a NAL unit header with its forbidden bit set)`);
    at += length;
    units++;
  }
  if (!units) throw new Bad(`item ${id} has no coded data`);
}
