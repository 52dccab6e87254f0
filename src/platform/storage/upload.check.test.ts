import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkUpload, contentProblem, formatBytes, IMAGE_KINDS, inspectUpload, readUpload, sniff } from './upload.check.js';
import { heifProblem } from './heif.js';
import { AppError, messageFor } from '../errors.js';

const MB = 1024 * 1024;
const rules = { maxBytes: 10 * MB };

/** The first bytes of each kind, as real files start, followed by filler. */
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(100)]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(100)]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(100)]);
const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
/** An ISO-BMFF 'ftyp' box: size, 'ftyp', major brand, minor version, compatible brands. */
const ftyp = (major: string, compatible: string[]) => {
  const box = Buffer.alloc(16 + 4 * compatible.length);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'ascii');
  box.write(major, 8, 'ascii');
  compatible.forEach((b, i) => box.write(b, 16 + 4 * i, 'ascii'));
  return Buffer.concat([box, Buffer.alloc(64)]);
};
const text = Buffer.from('这不是图片 / this is not an image\n'.repeat(10));

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('upload check', () => {
  it('recognises each accepted kind from its first bytes', () => {
    expect(sniff(jpeg)).toBe('jpeg');
    expect(sniff(png)).toBe('png');
    expect(sniff(webp)).toBe('webp');
    expect(sniff(pdf)).toBe('pdf');
    expect(sniff(ftyp('heic', ['mif1', 'heic']))).toBe('heic');
    // iPhones also write the generic HEIF brand first, with HEIC among the compatible ones.
    expect(sniff(ftyp('mif1', ['mif1', 'heic', 'miaf']))).toBe('heic');
    // AVIF shares the container but is not accepted.
    expect(sniff(ftyp('avif', ['mif1', 'avif']))).toBeNull();
    expect(sniff(ftyp('mif1', ['mif1', 'avif', 'miaf']))).toBeNull();
    expect(sniff(ftyp('isom', ['isom', 'mp41']))).toBeNull();
    expect(sniff(text)).toBeNull();
    expect(sniff(Buffer.from([0xff, 0xd8]))).toBeNull();
  });

  it('stores a PNG named .pdf as the PNG it is, whatever was declared', () => {
    const r = checkUpload(png, { ...rules, declaredType: 'application/pdf' });
    expect(r).toEqual({ kind: 'png', contentType: 'image/png', extension: 'png', size: png.length });
  });

  it('refuses a text file declared as image/jpeg, in Chinese and English', () => {
    const e = refusal(() => checkUpload(text, { ...rules, declaredType: 'image/jpeg' }));
    expect(e.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(e.status).toBe(415);
    expect(e.details).toMatchObject({ detected: null, declared: 'image/jpeg' });
    expect(messageFor(e.code, e.params, 'zh-CN')).toBe('不支持的文件类型：仅接受 JPEG, PNG, WebP, HEIC, PDF（按文件内容识别，与文件名和声明的类型无关）');
    expect(messageFor(e.code, e.params, 'en')).toBe(
      'File type not accepted: only JPEG, PNG, WebP, HEIC, PDF (recognised from the content, whatever the name or declared type says)',
    );
  });

  it('refuses a kind the caller does not accept here (a PDF where only photos go)', () => {
    const e = refusal(() => checkUpload(pdf, { ...rules, accept: IMAGE_KINDS }));
    expect(e.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(e.details).toMatchObject({ detected: 'pdf' });
    expect(messageFor(e.code, e.params, 'zh-CN')).toContain('仅接受 JPEG, PNG, WebP, HEIC');
  });

  it('refuses a file over the limit, and an empty one', () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(10 * MB)]);
    const e = refusal(() => checkUpload(big, rules));
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.status).toBe(413);
    expect(messageFor(e.code, e.params, 'zh-CN')).toBe('文件过大：不能超过 10 MB');
    expect(messageFor(e.code, e.params, 'en')).toBe('The file is too large: the limit is 10 MB');
    expect(checkUpload(Buffer.concat([jpeg, Buffer.alloc(10 * MB - jpeg.length)]), rules).size).toBe(10 * MB);
    expect(refusal(() => checkUpload(Buffer.alloc(0), rules)).code).toBe('FILE_EMPTY');
    expect(formatBytes(512 * 1024)).toBe('512 KB');
    expect(formatBytes(1.5 * MB)).toBe('1.5 MB');
  });

  it('reads an upload stream, and stops at the limit without reading the rest', async () => {
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } })
      .webp()
      .toBuffer();
    const ok = await readUpload(Readable.from([photo.subarray(0, 5), photo.subarray(5)]), rules);
    expect(ok.kind).toBe('webp');
    expect(ok.bytes.equals(photo)).toBe(true);
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(MB);
      }
    }
    await expect(readUpload(endless(), { maxBytes: 3 * MB })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(pulled).toBe(4);
    // @fastify/multipart cuts a part at its own limit and says so.
    const cut = Object.assign(Readable.from([jpeg]), { truncated: true });
    await expect(readUpload(cut, rules)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});

/** Real files of each kind, made here (HEIC ones are kept in testdata/: nothing in npm writes HEVC). */
const real: Record<string, Buffer> = {};
const heic = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url));
beforeAll(async () => {
  const picture = () => sharp(randomBytes(120 * 80 * 3), { raw: { width: 120, height: 80, channels: 3 } });
  real.jpeg = await picture().jpeg().toBuffer();
  real.png = await picture().png().toBuffer();
  real.webp = await picture().webp().toBuffer();
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('Linli');
  real.pdf = Buffer.from(await doc.save());
  real.heic = heic('grid.heic');
});

const damaged = async (bytes: Buffer, accept = undefined as undefined | typeof IMAGE_KINDS) => {
  try {
    await inspectUpload(bytes, { ...rules, accept });
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};
const cut = (b: Buffer, keep: number) => b.subarray(0, keep);
const behind = (b: Buffer, head: number) => Buffer.concat([b.subarray(0, head), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) & 0xff))]);

describe('upload content', () => {
  it('accepts whole files of every kind, HEIC as phones write it (one image, a grid, with a thumbnail)', async () => {
    for (const kind of ['jpeg', 'png', 'webp', 'pdf', 'heic'] as const) {
      expect(await inspectUpload(real[kind]!, rules), kind).toMatchObject({ kind });
    }
    for (const name of ['single.heic', 'grid.heic', 'thumbnail.heic']) expect(heifProblem(heic(name)), name).toBeNull();
  });

  it('refuses a file that starts like a photo or a PDF but is cut short or garbage behind its first bytes, in Chinese and English', async () => {
    for (const kind of ['jpeg', 'png', 'webp', 'pdf', 'heic'] as const) {
      const whole = real[kind]!;
      for (const [how, bytes] of [
        ['cut in half', cut(whole, whole.length >> 1)],
        ['garbage behind the header', behind(whole, 40)],
        ['only the header', cut(whole, 64)],
      ] as const) {
        expect(sniff(bytes.subarray(0, 64)), `${kind} ${how}`).toBe(kind);
        const e = await damaged(bytes);
        expect(e.code, `${kind} ${how}`).toBe('FILE_DAMAGED');
        expect(e.status).toBe(415);
        expect(e.details).toMatchObject({ detected: kind, problem: expect.any(String) });
      }
    }
    const e = await damaged(cut(real.jpeg!, 500));
    expect(messageFor(e.code, e.params, 'zh-CN')).toBe(
      '文件已损坏或不完整：开头像 JPEG 文件，但内容无法按 JPEG 读取（可能未上传完整，或不是真正的 JPEG 文件），请重新选择',
    );
    expect(messageFor(e.code, e.params, 'en')).toBe(
      'The file is damaged or incomplete: it starts like a JPEG file but its content cannot be read as one (cut short, or not really JPEG); choose another file',
    );
  });

  it("walks a HEIC file's structure: a few bytes missing at the end, a box overhanging, data outside the file", () => {
    const whole = heic('single.heic');
    expect(heifProblem(cut(whole, whole.length - 1))).toMatch(/cut short/);
    // The data of the image moved past the end: the iloc extent now points outside the file.
    const moved = Buffer.from(whole);
    const iloc = moved.indexOf('iloc');
    moved.writeUInt32BE(moved.readUInt32BE(iloc + 16) + 10_000, iloc + 16);
    expect(heifProblem(moved)).toMatch(/outside the file|not a run of HEVC/);
    // The coded data scrambled: no longer length-prefixed NAL units.
    const scrambled = Buffer.from(whole);
    const mdat = scrambled.indexOf('mdat');
    for (let i = mdat + 4; i < scrambled.length; i++) scrambled[i] = 0xff;
    expect(heifProblem(scrambled)).toMatch(/NAL/);
    expect(heifProblem(Buffer.from('not a heif file at all'))).not.toBeNull();
  });

  it('answers any damage to a HEIC file with a reason, never an exception, and quickly (fast-check)', () => {
    for (const name of ['single.heic', 'grid.heic', 'thumbnail.heic']) {
      const whole = heic(name);
      const damage = fc.record({
        keep: fc.integer({ min: 1, max: whole.length }),
        edits: fc.array(fc.tuple(fc.nat({ max: whole.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      });
      fc.assert(
        fc.property(damage, ({ keep, edits }) => {
          const bytes = Buffer.from(whole.subarray(0, keep));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          const started = performance.now();
          const problem = heifProblem(bytes);
          return (problem === null || typeof problem === 'string') && performance.now() - started < 100;
        }),
        { seed: 20260105, numRuns: 400 },
      );
    }
  });

  it('does not loop over extents that cost nothing to declare', () => {
    const box = (type: string, ...parts: Buffer[]) => {
      const body = Buffer.concat(parts);
      const head = Buffer.alloc(8);
      head.writeUInt32BE(8 + body.length);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, body]);
    };
    const full = (version: number) => Buffer.from([version, 0, 0, 0]);
    const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
    // 60,000 items, each with 65,535 extents of zero-byte fields: four billion extents in 360 KB.
    const items = Buffer.concat(Array.from({ length: 60_000 }, (_, i) => Buffer.concat([u16(i + 1), u16(0), u16(65535)])));
    const meta = box(
      'meta',
      full(0),
      box('hdlr', full(0), Buffer.alloc(4), Buffer.from('pict'), Buffer.alloc(13)),
      box('pitm', full(0), u16(1)),
      box('iinf', full(0), u16(1), box('infe', full(2), u16(1), u16(0), Buffer.from('hvc1'), Buffer.alloc(1))),
      box('iloc', full(0), Buffer.from([0, 0]), u16(60_000), items),
    );
    const file = Buffer.concat([box('ftyp', Buffer.from('heic'), Buffer.alloc(4), Buffer.from('mif1heic')), meta]);
    const started = performance.now();
    expect(heifProblem(file)).toMatch(/more than 100000 data extents/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a PDF whose object stream would unpack to hundreds of MB, without unpacking it', async () => {
    // A valid one-page PDF whose object stream holds one small object and then 256 MB of spaces: about 250 KB
    // on the wire, well under the limit, that would fill memory if unpacked.
    const content = Buffer.concat([Buffer.from('5 0 << /Producer (x) >>'), Buffer.alloc(256 * MB, 0x20)]);
    const packed = deflateSync(content, { level: 9 });
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'),
      Buffer.from('3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>\nendobj\n'),
      Buffer.from(`4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`),
      packed,
      Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    ]);
    expect(pdf.length).toBeLessThan(rules.maxBytes);
    const started = performance.now();
    expect(await contentProblem(pdf, 'pdf')).toMatch(/more than 32 MB|invalid object/);
    expect(performance.now() - started).toBeLessThan(1500);
    // A real PDF with its objects in a compressed object stream still passes.
    const doc = await PDFDocument.create();
    doc.addPage([100, 100]);
    expect(await contentProblem(Buffer.from(await doc.save({ useObjectStreams: true })), 'pdf')).toBeNull();
  });

  it('decodes a 12-megapixel photo of about 10 MB in well under a second or two', async () => {
    // Random pixels: the hardest thing to compress, so the largest file for its size.
    const big = await sharp(randomBytes(4000 * 3000 * 3), { raw: { width: 4000, height: 3000, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(7 * MB);
    const started = performance.now();
    expect(await contentProblem(big, 'jpeg')).toBeNull();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
