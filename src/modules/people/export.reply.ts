import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { todayInShanghai } from '../../platform/time.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 200 answer of an export route, for the API document: a stream is sent as is, never serialised. */
export const XlsxFile = { description: '工作簿 (.xlsx) / The workbook (.xlsx)', content: { [XLSX]: { schema: Type.String({ format: 'binary' }) } } };

/** Sends an export as a download named by the day, in ASCII for old clients and in Chinese for the rest. */
export function sendXlsx(reply: FastifyReply, stream: Readable) {
  const day = todayInShanghai();
  reply.header('content-type', XLSX);
  reply.header('content-disposition', `attachment; filename="residents-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`实有人口-${day}.xlsx`)}`);
  return reply.send(stream);
}
