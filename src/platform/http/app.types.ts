import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';

/**
 * The Fastify instance every route is registered on: it carries the TypeBox type provider, so a handler's
 * `req.body`, `req.params` and `req.query` have the types of the route's schemas and what it returns is checked
 * against its response schema. A route given a plain FastifyInstance would see `unknown` and need casts that
 * can drift from the schema the server actually validates with.
 */
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;
