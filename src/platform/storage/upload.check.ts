import sharp from 'sharp';
import { AppError } from '../errors.js';
import { heifProblem } from './heif.js';
import { pdfProblem } from './pdf.check.js';
import './storage.messages.js';

export type FileKind = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf';

export const FILE_KINDS: Record<FileKind, { contentType: string; extension: string; label: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg', label: 'JPEG' },
  png: { contentType: 'image/png', extension: 'png', label: 'PNG' },
  webp: { contentType: 'image/webp', extension: 'webp', label: 'WebP' },
  heic: { contentType: 'image/heic', extension: 'heic', label: 'HEIC' },
  pdf: { contentType: 'application/pdf', extension: 'pdf', label: 'PDF' },
};
export const IMAGE_KINDS: readonly FileKind[] = ['jpeg', 'png', 'webp', 'heic'];
export const ALL_KINDS = Object.keys(FILE_KINDS) as FileKind[];

/** Enough for every signature below, including the brand list of a HEIF 'ftyp' box. */
export const SNIFF_BYTES = 64;

const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));
const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** HEIF still images coded in HEVC, as iPhones take them; AVIF shares the container and is not among them. */
const HEIC_BRANDS = new Set(['heic', 'heix']);
const HEIF_GENERIC = new Set(['mif1', 'msf1']);

function isHeic(b: Uint8Array): boolean {
  if (b.length < 16 || ascii(b, 4, 4) !== 'ftyp') return false;
  const major = ascii(b, 8, 4);
  if (HEIC_BRANDS.has(major)) return true;
  if (!HEIF_GENERIC.has(major)) return false;
  const boxEnd = Math.min(new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0), b.length);
  for (let at = 16; at + 4 <= boxEnd; at += 4) if (HEIC_BRANDS.has(ascii(b, at, 4))) return true;
  return false;
}

/** What the first bytes say the file is, whatever its name or declared type claim; null when none we accept. */
export function sniff(head: Uint8Array): FileKind | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  if (isHeic(head)) return 'heic';
  return null;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} B`;
}

export interface UploadRules {
  /** Usually `core.config.uploadMaxBytes`. */
  maxBytes: number;
  /** Kinds this upload may be (photos only: IMAGE_KINDS); all by default. */
  accept?: readonly FileKind[];
  /** What the client said it sends, kept only to explain a refusal. */
  declaredType?: string;
}

export interface CheckedUpload {
  kind: FileKind;
  /** From the content: the type to store and serve the file with, never the declared one. */
  contentType: string;
  extension: string;
  size: number;
}

const tooLarge = (maxBytes: number, size?: number) => new AppError('FILE_TOO_LARGE', 413, { limit: formatBytes(maxBytes) }, { maxBytes, size });

/**
 * Accepts a file only for what its bytes are: a PNG named .pdf is stored as the PNG it is, and a text file
 * declared as image/jpeg is refused. The result's content type is the one to store and serve it with. This
 * reads the size and the first bytes only: uploads go through inspectUpload, which reads the content too.
 */
export function checkUpload(bytes: Uint8Array, rules: UploadRules): CheckedUpload {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', 400);
  if (bytes.length > rules.maxBytes) throw tooLarge(rules.maxBytes, bytes.length);
  const accept = rules.accept ?? ALL_KINDS;
  const kind = sniff(bytes.subarray(0, SNIFF_BYTES));
  if (!kind || !accept.includes(kind)) {
    throw new AppError(
      'FILE_TYPE_NOT_ALLOWED',
      415,
      { allowed: accept.map((k) => FILE_KINDS[k].label).join(', ') },
      { detected: kind, declared: rules.declaredType ?? null, accept },
    );
  }
  const { contentType, extension } = FILE_KINDS[kind];
  return { kind, contentType, extension, size: bytes.length };
}

// sharp's operation cache keeps recent images for reuse: an upload is checked once.
sharp.cache(false);

/** Why the content is not a whole file of its kind (for the log and the refusal's details), or null. */
export async function contentProblem(bytes: Uint8Array, kind: FileKind): Promise<string | null> {
  try {
    switch (kind) {
      case 'jpeg':
      case 'png':
      case 'webp':
        // Every pixel is decoded, at a small size (a JPEG is scaled while it decodes): a cut or forged file fails
        // here, a camera's minor irregularities ('error', not 'warning') do not. Runs on libuv's threads.
        await sharp(bytes, { failOn: 'error' }).resize(64, 64, { fit: 'inside', fastShrinkOnLoad: true }).raw().toBuffer();
        return null;
      case 'heic': {
        // No HEVC decoder ships with sharp: libheif reads the container, and heifProblem the rest (see heif.ts).
        const meta = await sharp(bytes).metadata();
        if (meta.format !== 'heif' || meta.compression !== 'hevc' || !meta.width || !meta.height)
          return `libheif reads it as ${meta.format}/${meta.compression ?? '?'}`;
        return heifProblem(bytes);
      }
      case 'pdf':
        // Parsed without decoding its contents, and with a cap on what its object streams unpack to (pdf.check.ts).
        return await pdfProblem(bytes);
    }
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e);
  }
}

/**
 * The whole check of a file already in memory: its size, its kind from the first bytes, and then its content,
 * read as that kind (an image decoded, a HEIC's structure walked, a PDF parsed). A file that only starts like a
 * photo is refused with 415 and a reason in the caller's language.
 */
export async function inspectUpload(bytes: Uint8Array, rules: UploadRules): Promise<CheckedUpload> {
  const checked = checkUpload(bytes, rules);
  const problem = await contentProblem(bytes, checked.kind);
  if (problem) throw new AppError('FILE_DAMAGED', 415, { kind: FILE_KINDS[checked.kind].label }, { detected: checked.kind, problem });
  return checked;
}

/**
 * Reads an upload stream (a multipart part's `file`) and checks it (see inspectUpload), giving up as soon as it
 * passes the limit so that an oversize upload is never held whole in memory.
 */
export async function readUpload(source: AsyncIterable<Uint8Array> & { truncated?: boolean }, rules: UploadRules): Promise<CheckedUpload & { bytes: Buffer }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > rules.maxBytes) throw tooLarge(rules.maxBytes);
    chunks.push(Buffer.from(chunk));
  }
  // @fastify/multipart ends a part quietly at its own fileSize limit and flags it: a cut file is still too large.
  if (source.truncated) throw tooLarge(rules.maxBytes);
  const bytes = Buffer.concat(chunks);
  return { ...(await inspectUpload(bytes, rules)), bytes };
}
