import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors.js';
import { checkKey, checkPrefix, fileNotFound, storedFile, toReadable, type FileBody, type FileStorage, type StoredFile } from './storage.js';

/** Content types live beside the files, under a folder no valid key can name (keys never start with a dot). */
const META = '.meta';

/**
 * Files in a folder (DATA_DIR/files by default). A file appears under its key only once it is complete: it is
 * written to a temporary name and renamed, so a reader never sees half a file and a crash leaves no key behind.
 */
export class LocalFileStorage implements FileStorage {
  readonly kind = 'local' as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: FileBody, opts: { contentType: string }): Promise<void> {
    const path = this.pathOf(key);
    const meta = this.metaOf(key);
    await mkdir(dirname(path), { recursive: true });
    await mkdir(dirname(meta), { recursive: true });
    const tmp = temporary(path);
    const metaTmp = temporary(meta);
    try {
      await pipeline(toReadable(body), createWriteStream(tmp, { flags: 'wx' }));
      await writeFile(metaTmp, JSON.stringify({ contentType: opts.contentType }), { flag: 'wx' });
      await rename(metaTmp, meta);
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      await rm(metaTmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<StoredFile> {
    const path = this.pathOf(key);
    // Opened before anything else, so a delete racing this read cannot turn into a broken stream.
    const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw fileNotFound(key);
      throw e;
    });
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      throw fileNotFound(key);
    }
    const contentType = await readFile(this.metaOf(key), 'utf8')
      .then((s) => String((JSON.parse(s) as { contentType?: unknown }).contentType ?? 'application/octet-stream'))
      .catch(() => 'application/octet-stream');
    return storedFile(contentType, info.size, handle.createReadStream());
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
    await rm(this.metaOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    const info = await stat(this.pathOf(key)).catch(() => null);
    return !!info?.isFile();
  }

  async list(prefix: string): Promise<string[]> {
    const dir = this.inside(resolve(this.root, checkPrefix(prefix)), prefix);
    const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return [];
      throw e;
    });
    // Names starting with a dot are files being written (see put) or no key at all.
    return found
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => relative(this.root, join(d.parentPath, d.name)).split(sep).join('/'))
      .filter((key) => key.split('/').every((segment) => !segment.startsWith('.')))
      .sort();
  }

  private pathOf(key: string): string {
    return this.inside(resolve(this.root, checkKey(key)), key);
  }

  private metaOf(key: string): string {
    return this.inside(resolve(this.root, META, `${checkKey(key)}.json`), key);
  }

  /** The key rules already forbid '..'; this holds even if they are ever loosened. */
  private inside(path: string, key: string): string {
    if (!path.startsWith(this.root + sep)) throw new AppError('FILE_KEY_INVALID', 400, { key: key.slice(0, 80) });
    return path;
  }
}

const temporary = (path: string) => join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
