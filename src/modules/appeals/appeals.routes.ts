import type { FastifyInstance } from 'fastify';
import type { Core } from '../../platform/core.js';
import { orderRoutes } from './order.routes.js';
import { routingRoutes } from './routing.routes.js';

/** The appeals module's routes, one file per noun. */
export function appealsRoutes(app: FastifyInstance, core: Core) {
  orderRoutes(app, core);
  routingRoutes(app, core);
}
