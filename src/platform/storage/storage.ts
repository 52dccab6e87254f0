import { Readable } from 'node:stream';
import { AppError } from '../errors.js';
import './storage.messages.js';

/** What can be stored: bytes in memory, or a stream (a multipart upload, a generated PDF). */
export type FileBody = Uint8Array | Readable | AsyncIterable<Uint8Array>;

export interface StoredFile {
  contentType: string;
  size: number;
  /** Read once: either stream it (`reply.send(file.body)`) or call `bytes()`. */
  body: Readable;
  bytes(): Promise<Buffer>;
}

/**
 * Photos, attachments and generated files, behind one interface: a local folder by default, an S3-compatible
 * store by configuration. Keys are paths chosen by the code (`appeals/2026/11/<uuid>.jpg`), never a user's file
 * name, and are checked by both implementations alike, so a key valid here is valid there.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  /** Stores the file under the key, replacing what was there. */
  put(key: string, body: FileBody, opts: { contentType: string }): Promise<void>;
  /** The file, or FILE_NOT_FOUND (404). */
  get(key: string): Promise<StoredFile>;
  /** Removes the file; removing a missing key is not an error (a retried delete must succeed). */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every key under a folder-like prefix ending in '/' (`audit/checkpoints/`), sorted. */
  list(prefix: string): Promise<string[]>;
  /** Releases connections, when the store holds any. */
  close?(): void;
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
export const MAX_KEY_LENGTH = 512;

/**
 * Refuses keys that could leave the storage root or mean different things on a disk and in a bucket: empty
 * segments, segments starting with a dot ('.', '..', hidden files), backslashes, and anything outside a plain
 * ASCII set. The local store also checks the resolved path, but a key refused here is refused on S3 too.
 */
export function checkKey(key: string): string {
  const ok = typeof key === 'string' && key.length > 0 && key.length <= MAX_KEY_LENGTH && key.split('/').every((s) => SEGMENT.test(s));
  if (!ok) throw new AppError('FILE_KEY_INVALID', 400, { key: String(key).slice(0, 80) });
  return key;
}

/** A prefix is a valid key followed by '/': what `list` accepts, on either store. */
export function checkPrefix(prefix: string): string {
  if (typeof prefix !== 'string' || !prefix.endsWith('/')) throw new AppError('FILE_KEY_INVALID', 400, { key: String(prefix).slice(0, 80) });
  checkKey(prefix.slice(0, -1));
  return prefix;
}

export const fileNotFound = (key: string) => new AppError('FILE_NOT_FOUND', 404, { key });

/** Reads a body to its end. */
export async function toBuffer(body: FileBody): Promise<Buffer> {
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export function storedFile(contentType: string, size: number, body: Readable): StoredFile {
  return { contentType, size, body, bytes: () => toBuffer(body) };
}

export const toReadable = (body: FileBody): Readable =>
  body instanceof Readable ? body : body instanceof Uint8Array ? Readable.from([Buffer.from(body)]) : Readable.from(body);
