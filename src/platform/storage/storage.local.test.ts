import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStorage } from './storage.local.js';
import { checkKey } from './storage.js';
import { messageFor } from '../errors.js';

const base = mkdtempSync(join(tmpdir(), 'linli-storage-'));
const root = join(base, 'files');
const storage = new LocalFileStorage(root);
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every file under a folder, relative to it. */
const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();

describe('local file storage', () => {
  it('round-trips bytes with their content type, and replaces a file put again', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    expect(await storage.exists('appeals/1/photo.png')).toBe(false);
    await storage.put('appeals/1/photo.png', bytes, { contentType: 'image/png' });
    expect(await storage.exists('appeals/1/photo.png')).toBe(true);
    const file = await storage.get('appeals/1/photo.png');
    expect(file.contentType).toBe('image/png');
    expect(file.size).toBe(7);
    expect((await file.bytes()).equals(bytes)).toBe(true);
    await storage.put('appeals/1/photo.png', Buffer.from('%PDF-1.4'), { contentType: 'application/pdf' });
    const again = await storage.get('appeals/1/photo.png');
    expect(again.contentType).toBe('application/pdf');
    expect((await again.bytes()).toString()).toBe('%PDF-1.4');
    // No temporary file is left behind.
    expect(tree(root)).toEqual(['.meta/appeals/1/photo.png.json', 'appeals/1/photo.png']);
  });

  it('stores a stream and serves one back', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(10_000, i));
    await storage.put('reports/big.pdf', Readable.from(chunks), { contentType: 'application/pdf' });
    const file = await storage.get('reports/big.pdf');
    expect(file.size).toBe(500_000);
    const read: Buffer[] = [];
    for await (const c of file.body) read.push(c as Buffer);
    expect(Buffer.concat(read).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('deletes, and deleting a missing file is not an error', async () => {
    await storage.put('tmp/x.jpg', Buffer.from([0xff, 0xd8, 0xff]), { contentType: 'image/jpeg' });
    await storage.delete('tmp/x.jpg');
    expect(await storage.exists('tmp/x.jpg')).toBe(false);
    await storage.delete('tmp/x.jpg');
    await expect(storage.get('tmp/x.jpg')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', status: 404 });
    // A folder is not a file.
    await expect(storage.get('appeals/1')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(await storage.exists('appeals')).toBe(false);
  });

  it('refuses keys that could leave the folder, and writes nothing for them', async () => {
    // A file beside the storage root that a traversal would reach.
    writeFileSync(join(base, 'secret.txt'), 'do not serve');
    const bad = [
      '../secret.txt',
      'a/../../secret.txt',
      '..',
      '.',
      '/etc/passwd',
      'a//b',
      'a/',
      '/a',
      'a\\..\\b',
      '.meta/appeals/1/photo.png.json',
      'a/.hidden',
      'a/./b',
      '',
      'a\0b',
      '文件.jpg',
      'x'.repeat(513),
      '%2e%2e/secret.txt',
    ];
    const before = tree(base);
    for (const key of bad) {
      await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' }), JSON.stringify(key)).rejects.toMatchObject({
        code: 'FILE_KEY_INVALID',
        status: 400,
      });
      await expect(storage.get(key), JSON.stringify(key)).rejects.toMatchObject({ code: 'FILE_KEY_INVALID' });
      await expect(storage.exists(key), JSON.stringify(key)).rejects.toMatchObject({ code: 'FILE_KEY_INVALID' });
      await expect(storage.delete(key), JSON.stringify(key)).rejects.toMatchObject({ code: 'FILE_KEY_INVALID' });
    }
    expect(tree(base)).toEqual(before);
    expect(messageFor('FILE_KEY_INVALID', { key: '../x' }, 'zh-CN')).toBe('文件路径不合法：../x');
  });

  it('lists the keys under a prefix, not files being written, nor anything outside it', async () => {
    await storage.put('audit/checkpoints/000000000002.json', Buffer.from('{}'), { contentType: 'application/json' });
    await storage.put('audit/checkpoints/000000000001.json', Buffer.from('{}'), { contentType: 'application/json' });
    await storage.put('audit/checkpoints/old/000000000000.json', Buffer.from('{}'), { contentType: 'application/json' });
    await storage.put('audit/other.json', Buffer.from('{}'), { contentType: 'application/json' });
    // What a put still under way looks like on disk.
    writeFileSync(join(root, 'audit/checkpoints/.000000000003.json.0b9f.tmp'), '{');
    expect(await storage.list('audit/checkpoints/')).toEqual([
      'audit/checkpoints/000000000001.json',
      'audit/checkpoints/000000000002.json',
      'audit/checkpoints/old/000000000000.json',
    ]);
    expect(await storage.list('nothing/here/')).toEqual([]);
    for (const bad of ['audit', '../', '.meta/', 'a//', '/']) await expect(storage.list(bad), bad).rejects.toMatchObject({ code: 'FILE_KEY_INVALID' });
  });

  it('accepts the keys modules build', () => {
    for (const key of ['appeals/2026/11/0b9f6c1e-2f7a-4d5e-9c1a-7e2f3a4b5c6d.jpg', 'a', 'a.b.c', 'x_y-z/1', 'reports/2026-11.pdf'])
      expect(checkKey(key)).toBe(key);
  });
});
