import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyTypeProvider,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Static, TSchema } from '@sinclair/typebox';

/**
 * Types a route's request and answer by its TypeBox schemas. Declared here against the TypeBox the schemas are
 * built with (@sinclair/typebox 0.34): @fastify/type-provider-typebox 6 reads schemas as TypeBox 1 does, which
 * types some of ours (Type.Unsafe) as unknown.
 */
export interface TypeBoxTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
  serializer: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
}

/**
 * The Fastify instance every route is registered on: it carries the TypeBox type provider, so a handler's
 * `req.body`, `req.params` and `req.query` have the types of the route's schemas and what it returns is checked
 * against its response schema. A route given a plain FastifyInstance would see `unknown` and need casts that
 * can drift from the schema the server actually validates with.
 */
export type TypedApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;
