import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { modules } from '../../modules/index.js';
import { defineModule } from '../module.js';
import { badRequest } from '../errors.js';
import type { LinliApp } from '../http/app.js';
import { readUpload } from './upload.check.js';

/** An upload route as a module would write one: multipart in, checked by content, stored under a key of ours. */
const probe = defineModule({
  id: 'uploadprobe',
  name: { zh: '上传探针', en: 'Upload probe' },
  routes: (app, core) => {
    // One byte above our limit, so that the check, not the parser, decides and explains.
    void app.register(multipart, { limits: { fileSize: core.config.uploadMaxBytes + 1, files: 1 } });
    app.post(
      '/files',
      {
        config: { access: { auth: 'public', probe: { kind: 'none' } } },
        schema: {
          summary: '上传 / Upload',
          consumes: ['multipart/form-data'],
          response: { 201: Type.Object({ key: Type.String(), contentType: Type.String() }) },
        },
      },
      async (req, reply) => {
        const part = await req.file();
        if (!part) throw badRequest('FILE_EMPTY');
        const file = await readUpload(part.file, { maxBytes: core.config.uploadMaxBytes, declaredType: part.mimetype });
        const key = `uploadprobe/${randomUUID()}.${file.extension}`;
        await core.storage.put(key, file.bytes, { contentType: file.contentType });
        return reply.status(201).send({ key, contentType: file.contentType });
      },
    );
  },
});

let t: TestPlatform;
let app: LinliApp;
beforeAll(async () => {
  t = await createTestPlatform({ modules: [...modules, probe], config: { uploadMaxBytes: 2048 } });
  app = await t.app();
});
afterAll(() => t.close());

const upload = (bytes: Buffer, filename: string, contentType: string, locale = 'zh-CN') => {
  const boundary = `----linli${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: '/api/uploadprobe/files',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'accept-language': locale },
  });
};

let png: Buffer;
beforeAll(async () => {
  png = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();
});

describe('an upload through HTTP into core.storage', () => {
  it('stores a PNG sent as "scan.pdf" under the type its bytes show, in the test platform\'s own folder', async () => {
    expect(t.core.storage.kind).toBe('local');
    const res = await upload(png, 'scan.pdf', 'application/pdf');
    expect(res.statusCode).toBe(201);
    const { key, contentType } = res.json();
    expect(contentType).toBe('image/png');
    expect(key).toMatch(/^uploadprobe\/[0-9a-f-]{36}\.png$/);
    const stored = await t.core.storage.get(key);
    expect(stored.contentType).toBe('image/png');
    expect((await stored.bytes()).equals(png)).toBe(true);
    expect(t.config.dataDir).not.toBe(`${process.cwd()}/data`);
  });

  it("refuses text declared as a JPEG, and an oversize file, with the message in the caller's language", async () => {
    const fake = await upload(Buffer.from('hello, not a photo'), 'photo.jpg', 'image/jpeg');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(fake.json().error.message).toContain('不支持的文件类型');
    // A PNG's first bytes before something that is not a PNG: damaged, said as such.
    const forged = await upload(Buffer.concat([png.subarray(0, 16), Buffer.alloc(300, 7)]), 'photo.png', 'image/png', 'en');
    expect(forged.statusCode).toBe(415);
    expect(forged.json().error).toMatchObject({
      code: 'FILE_DAMAGED',
      message: expect.stringContaining('it starts like a PNG file but its content cannot be read as one'),
    });
    const big = await upload(Buffer.concat([png, Buffer.alloc(4096)]), 'big.png', 'image/png', 'en');
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'The file is too large: the limit is 2 KB' });
  });
});
