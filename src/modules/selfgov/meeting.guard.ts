import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { conflict, notFound } from '../../platform/errors.js';
import * as repo from './meeting.repository.js';
import * as topics from './topic.repository.js';

/**
 * The meeting a write touches, locked, within the caller's scope: one out of scope is not found. A published
 * meeting is the public record and takes no more changes.
 */
export async function openMeeting(db: Kysely<Database>, actor: Actor, id: number) {
  const meeting = await repo.lockVisible(db, actor.scope, id);
  if (!meeting) throw notFound('meeting');
  if (meeting.status === 'published') throw conflict('SELFGOV_MEETING_PUBLISHED');
  return meeting;
}

/**
 * A topic the meeting may take up: one the caller sees, of the meeting's unit or below. Any other is the same
 * 'not found' as an id that does not exist, so a meeting never tells whether another committee has the topic.
 */
export async function topicFor(db: Kysely<Database>, actor: Actor, meeting: repo.MeetingRow, topicId: number) {
  const topic = await topics.findVisible(db, actor.scope, topicId);
  if (!topic?.unit_path.startsWith(meeting.unit_path)) throw notFound('topic');
  return topic;
}
