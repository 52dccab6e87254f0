import { uploadPhoto } from './api';
import type { AttachmentKind } from './types';

/** Photos are made smaller on the phone before upload: a long side of about 1600 px is plenty to see a problem. */
export const MAX_PHOTOS = 9;
const LONG_SIDE = 1600;
/** Files already this small are sent as they are. */
const SMALL_BYTES = 600 * 1024;

/** A photo chosen on this device and not yet sent: it has no route, the server sees only the upload. */
export type PickedPhoto = {
  key: string;
  file: File;
  preview: string;
};

async function decode(file: File): Promise<{ source: CanvasImageSource; width: number; height: number; close: () => void }> {
  if (typeof createImageBitmap === 'function') {
    const bmp = await createImageBitmap(file, { imageOrientation: 'from-image' } as ImageBitmapOptions);
    return { source: bmp, width: bmp.width, height: bmp.height, close: () => bmp.close() };
  }
  const url = URL.createObjectURL(file);
  const img = new Image();
  img.src = url;
  await img.decode();
  return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) };
}

/**
 * A JPEG of at most 1600 px on its long side; the original when it is already small, or when the browser
 * cannot decode it (the server checks the type of what arrives either way).
 */
export async function downscale(file: File): Promise<{ blob: Blob; name: string }> {
  try {
    const img = await decode(file);
    try {
      const scale = Math.min(1, LONG_SIDE / Math.max(img.width, img.height));
      if (scale === 1 && file.size <= SMALL_BYTES) return { blob: file, name: file.name };
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(img.width * scale));
      canvas.height = Math.max(1, Math.round(img.height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) return { blob: file, name: file.name };
      ctx.drawImage(img.source, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
      if (!blob || blob.size >= file.size) return { blob: file, name: file.name };
      return { blob, name: `${file.name.replace(/\.[^.]*$/, '') || 'photo'}.jpg` };
    } finally {
      img.close();
    }
  } catch {
    return { blob: file, name: file.name };
  }
}

/**
 * Sends photos one by one and says which did not arrive, so that a retry sends only those. Each is made
 * smaller first.
 */
export async function sendPhotos(
  orderId: number,
  kind: AttachmentKind,
  photos: PickedPhoto[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ failed: PickedPhoto[]; error: unknown }> {
  const failed: PickedPhoto[] = [];
  let error: unknown = null;
  let done = 0;
  onProgress?.(0, photos.length);
  for (const p of photos) {
    try {
      const { blob, name } = await downscale(p.file);
      await uploadPhoto(orderId, kind, blob, name);
    } catch (e) {
      failed.push(p);
      error ??= e;
    }
    onProgress?.(++done, photos.length);
  }
  return { failed, error };
}
