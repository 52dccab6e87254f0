import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithinScope, type Scope } from '../../platform/scope.js';

/**
 * The votes a scope reaches, for the scope test's oracle: those in the scope, and those of a unit above a path of
 * the scope (a resident's house lies under the compound that votes). Worded apart from the repository's rule.
 */
export const voteReachable = (db: Kysely<Database>, scope: Scope) =>
  db
    .selectFrom('selfgov_vote')
    .select('selfgov_vote.id as id')
    .where((eb) =>
      eb.or([
        pathWithinScope(scope, 'selfgov_vote.unit_path'),
        sql<SqlBool>`exists (select 1 from unnest(${sql.val(scope.paths)}::text[]) as r(path) where left(r.path, length(selfgov_vote.unit_path)) = selfgov_vote.unit_path)`,
      ]),
    );
