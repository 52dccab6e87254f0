import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import * as decodeStream from 'pdf-lib/cjs/core/streams/DecodeStream.js';

/**
 * Whether a PDF is whole: it ends with %%EOF (a little trailing junk is common; without it the file was cut
 * short) and pdf-lib parses it into a document with pages. Stream contents are not decoded, except the object
 * streams that hold objects: those are, and a stream that unpacks beyond MAX_DECODED is refused instead of
 * filling memory (a 10 MB upload can deflate to 10 GB). Returns what is wrong, or null.
 */
export const MAX_DECODED = 32 * 1024 * 1024;

type DecodeStreamClass = { prototype: { ensureBuffer(requested: number): Uint8Array } };
const DecodeStream = ((decodeStream as unknown as { default?: { default?: DecodeStreamClass } & DecodeStreamClass }).default?.default ??
  (decodeStream as unknown as { default: DecodeStreamClass }).default) as DecodeStreamClass;
const ensureBuffer = DecodeStream.prototype.ensureBuffer;
// Every decoder of pdf-lib (Flate, LZW, ASCII85…) grows its output through this one method.
DecodeStream.prototype.ensureBuffer = function (this: unknown, requested: number) {
  if (requested > MAX_DECODED) throw new Error(`a stream unpacks to more than ${MAX_DECODED / 1024 / 1024} MB`);
  return ensureBuffer.call(this, requested);
};

export async function pdfProblem(bytes: Uint8Array): Promise<string | null> {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-1024);
  if (!tail.includes('%%EOF')) return 'no %%EOF near the end: the file is cut short';
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true, parseSpeed: ParseSpeeds.Fastest });
    return doc.getPageCount() > 0 ? null : 'a PDF without pages';
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e);
  }
}
