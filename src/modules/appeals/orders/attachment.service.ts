import { randomUUID } from 'node:crypto';
import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { IMAGE_KINDS, readUpload } from '../../../platform/storage/upload.check.js';
import { APPEALS } from '../appeals.policy.js';
import type { AppealsTables } from '../appeals.schema.js';
import { kindsOf } from './order.parties.js';
import * as orders from './order.repository.js';
import * as repo from './attachment.repository.js';

export const MAX_FILES = 9;
type Kind = AppealsTables['appeal_attachment']['kind'];

export interface Upload {
  filename: string;
  mimetype: string;
  file: AsyncIterable<Uint8Array> & { truncated?: boolean };
}

/**
 * Photos of an order (the report's, before and after the work) and documents. The bytes go to the storage
 * first; the row that makes them part of the order is written after, so a failed write leaves at most an
 * unreferenced file, never a row pointing at nothing.
 */
export class AttachmentService {
  constructor(private readonly core: Core) {}

  async add(actor: Actor, orderId: number, kind: Kind, files: AsyncIterable<Upload>) {
    this.core.assert(actor, APPEALS.read);
    const order = await orders.findVisible(this.core.db, actor, orderId);
    if (!order) throw notFound('order');
    const kinds = await kindsOf(this.core, this.core.db, actor, order);
    // The reporter adds to the report; those working on the order add before/after photos and documents.
    // The worker who registered it at the desk or on patrol adds its photos too.
    const reportAllowed =
      kinds.some((k) => k === 'reporter' || k === 'handler' || k === 'dispatcher') ||
      (actor.userId > 0 && (await orders.registeredBy(this.core.db, order.id)) === actor.userId);
    const allowed = kind === 'report' ? reportAllowed : kinds.some((k) => k === 'handler' || k === 'dispatcher');
    if (!allowed) throw new AppError('STEP_NOT_ALLOWED_FOR_ACTOR', 403, { stepLabel: '上传附件 / upload' });
    const saved: Array<{ id: number; fileName: string; contentType: string; size: number }> = [];
    let n = 0;
    for await (const part of files) {
      if (++n > MAX_FILES) throw new AppError('ATTACHMENT_LIMIT', 400, { max: MAX_FILES });
      const checked = await readUpload(part.file, {
        maxBytes: this.core.config.uploadMaxBytes,
        accept: kind === 'other' ? undefined : IMAGE_KINDS,
        declaredType: part.mimetype,
      });
      const now = new Date();
      const key = `appeals/${order.district_id}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}.${checked.extension}`;
      await this.core.storage.put(key, checked.bytes, { contentType: checked.contentType });
      try {
        const row = await this.core.mutate(actor, async (w) => {
          const current = await orders.findById(w.db, order.id, true);
          const r = await repo.insert(w.db, {
            district_id: order.district_id,
            order_id: order.id,
            event_seq: current!.seq,
            storage_key: key,
            file_name: part.filename.slice(0, 200) || `photo.${checked.extension}`,
            content_type: checked.contentType,
            size: checked.size,
            kind,
            uploaded_by: actor.userId || null,
          });
          await w.audit({
            action: 'appeals.attachment.add',
            targetType: 'appeal_order',
            targetId: order.id,
            unitPath: order.unit_path,
            districtId: order.district_id,
            summary: { attachmentId: r.id, kind, size: checked.size, contentType: checked.contentType },
          });
          return r;
        });
        saved.push({ id: row.id, fileName: row.file_name, contentType: row.content_type, size: row.size });
      } catch (e) {
        await this.core.storage.delete(key).catch(() => undefined);
        throw e;
      }
    }
    if (!saved.length) throw new AppError('FILE_EMPTY', 400);
    return { items: saved };
  }

  async open(actor: Actor, id: number) {
    this.core.assert(actor, APPEALS.read);
    const row = await repo.findVisible(this.core.db, actor, id);
    if (!row) throw notFound('attachment');
    return { row, file: await this.core.storage.get(row.storage_key) };
  }
}
