import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3FileStorage } from './storage.s3.js';
import { AppError } from '../errors.js';

/**
 * No S3 is reachable here, so a small server on the loopback plays the bucket: it keeps objects in memory, and
 * the test checks each request's SigV4 signature by recomputing it independently of the SDK.
 */
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const ACCESS = 'AKIDLINLITEST';
const SECRET = 'linli-test-secret/0123456789';
const REGION = 'cn-east-1';
const BUCKET = 'linli-files';

let server: Server;
let endpoint: string;
const seen: Seen[] = [];
const objects = new Map<string, { body: Buffer; contentType: string }>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const path = decodeURIComponent(req.url!.split('?')[0]!);
      const found = objects.get(path);
      const missing = () => {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end(
          req.method === 'HEAD'
            ? undefined
            : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>t</RequestId></Error>`,
        );
      };
      if (req.method === 'PUT') {
        objects.set(path, { body, contentType: String(req.headers['content-type']) });
        res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
        return res.end();
      }
      const query = new URLSearchParams(req.url!.split('?')[1] ?? '');
      if (req.method === 'GET' && query.get('list-type') === '2') {
        // Two keys a page, so that listing must follow continuation tokens.
        const prefix = `${path.replace(/\/$/, '')}/${query.get('prefix') ?? ''}`;
        const keys = [...objects.keys()]
          .filter((k) => k.startsWith(prefix))
          .sort()
          .map((k) => k.slice(path.replace(/\/$/, '').length + 1));
        const from = Number(query.get('continuation-token') ?? 0);
        const page = keys.slice(from, from + 2);
        const more = from + 2 < keys.length;
        res.writeHead(200, { 'content-type': 'application/xml' });
        return res.end(
          `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${BUCKET}</Name><Prefix>${query.get('prefix') ?? ''}</Prefix><KeyCount>${page.length}</KeyCount><IsTruncated>${more}</IsTruncated>${more ? `<NextContinuationToken>${from + 2}</NextContinuationToken>` : ''}${page.map((k) => `<Contents><Key>${k}</Key><Size>1</Size></Contents>`).join('')}</ListBucketResult>`,
        );
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (!found) return missing();
        res.writeHead(200, { 'content-type': found.contentType, 'content-length': found.body.length });
        return res.end(req.method === 'GET' ? found.body : undefined);
      }
      if (req.method === 'DELETE') {
        objects.delete(path);
        res.writeHead(204);
        return res.end();
      }
      res.writeHead(405);
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(() => void (seen.length = 0));

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** AWS Signature Version 4 as the S3 documentation states it, to check what the SDK sent. */
function expectedSignature(r: Seen, secret: string): { signature: string; scope: string[]; signedHeaders: string[] } {
  const auth = String(r.headers.authorization);
  const m = auth.match(/^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/);
  if (!m) throw new Error(`not a SigV4 authorization: ${auth}`);
  const scope = m[1]!.split('/');
  const signedHeaders = m[2]!.split(';');
  const [path, query = ''] = r.url.split('?');
  const canonicalQuery = query
    .split('&')
    .filter(Boolean)
    .map((p) => (p.includes('=') ? p : `${p}=`))
    .sort()
    .join('&');
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${String(r.headers[h]).trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [r.method, path, canonicalQuery, canonicalHeaders, signedHeaders.join(';'), String(r.headers['x-amz-content-sha256'])].join('\n');
  const [, date, region, service, terminator] = scope;
  const stringToSign = ['AWS4-HMAC-SHA256', String(r.headers['x-amz-date']), `${date}/${region}/${service}/${terminator}`, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date!), region!), service!), terminator!);
  return { signature: createHmac('sha256', key).update(stringToSign).digest('hex'), scope, signedHeaders };
}

const sentSignature = (r: Seen) => String(r.headers.authorization).match(/Signature=([0-9a-f]{64})$/)![1];

const store = () => new S3FileStorage({ bucket: BUCKET, region: REGION, endpoint, forcePathStyle: true, accessKeyId: ACCESS, secretAccessKey: SECRET });

describe('S3 storage against a local S3 stand-in', () => {
  it('PUTs the bytes to endpoint/bucket/key, signed with SigV4 over the payload hash', async () => {
    const s = store();
    const bytes = Buffer.from('%PDF-1.7 a small document');
    await s.put('appeals/2026/11/a1.pdf', bytes, { contentType: 'application/pdf' });
    const put = seen.find((r) => r.method === 'PUT')!;
    expect(put.url.split('?')[0]).toBe(`/${BUCKET}/appeals/2026/11/a1.pdf`);
    expect(put.headers['content-type']).toBe('application/pdf');
    expect(put.headers['content-length']).toBe(String(bytes.length));
    expect(put.body.equals(bytes)).toBe(true);
    // The payload hash is part of the signature: a body changed on the way would no longer match it.
    expect(put.headers['x-amz-content-sha256']).toBe(sha256(bytes));
    const { signature, scope, signedHeaders } = expectedSignature(put, SECRET);
    expect(scope[0]).toBe(ACCESS);
    expect(scope.slice(2)).toEqual([REGION, 's3', 'aws4_request']);
    expect(signedHeaders).toEqual(expect.arrayContaining(['host', 'x-amz-content-sha256', 'x-amz-date']));
    expect(sentSignature(put)).toBe(signature);
    // The same request signed with another secret would not pass: the check above is not vacuous.
    expect(expectedSignature(put, 'another secret').signature).not.toBe(signature);
    // No checksum trailers or chunked encoding, which several S3-compatible stores refuse.
    expect(put.headers['transfer-encoding']).toBeUndefined();
    expect(Object.keys(put.headers).filter((h) => h.startsWith('x-amz-checksum-') || h === 'x-amz-trailer')).toEqual([]);
    s.close();
  });

  it('round-trips a stream body, and answers exists, get and delete through signed requests', async () => {
    const s = store();
    await s.put('photos/b2.png', Readable.from([Buffer.from([0x89, 0x50]), Buffer.from('NG rest')]), { contentType: 'image/png' });
    expect(await s.exists('photos/b2.png')).toBe(true);
    const file = await s.get('photos/b2.png');
    expect(file.contentType).toBe('image/png');
    expect(file.size).toBe(9);
    expect((await file.bytes()).equals(Buffer.concat([Buffer.from([0x89, 0x50]), Buffer.from('NG rest')]))).toBe(true);
    await s.delete('photos/b2.png');
    expect(await s.exists('photos/b2.png')).toBe(false);
    expect(seen.map((r) => r.method)).toEqual(['PUT', 'HEAD', 'GET', 'DELETE', 'HEAD']);
    for (const r of seen) expect(sentSignature(r), `${r.method} ${r.url}`).toBe(expectedSignature(r, SECRET).signature);
    s.close();
  });

  it('lists the keys under a prefix through signed requests, page after page', async () => {
    const s = store();
    for (const n of [3, 1, 2]) await s.put(`audit/checkpoints/00000000000${n}.json`, Buffer.from('{}'), { contentType: 'application/json' });
    await s.put('audit/other.json', Buffer.from('{}'), { contentType: 'application/json' });
    seen.length = 0;
    expect(await s.list('audit/checkpoints/')).toEqual([
      'audit/checkpoints/000000000001.json',
      'audit/checkpoints/000000000002.json',
      'audit/checkpoints/000000000003.json',
    ]);
    expect(seen.map((r) => r.method)).toEqual(['GET', 'GET']);
    for (const r of seen) expect(sentSignature(r), r.url).toBe(expectedSignature(r, SECRET).signature);
    await expect(s.list('audit')).rejects.toMatchObject({ code: 'FILE_KEY_INVALID' });
    expect(seen.length).toBe(2);
    s.close();
  });

  it('turns a missing object into FILE_NOT_FOUND, and refuses a bad key before any request', async () => {
    const s = store();
    const err = await s.get('photos/none.jpg').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('FILE_NOT_FOUND');
    expect((err as AppError).status).toBe(404);
    const before = seen.length;
    await expect(s.put('../escape.jpg', Buffer.from('x'), { contentType: 'image/jpeg' })).rejects.toMatchObject({ code: 'FILE_KEY_INVALID' });
    await expect(s.get('a//b')).rejects.toMatchObject({ code: 'FILE_KEY_INVALID' });
    expect(seen.length).toBe(before);
    s.close();
  });
});
