import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { orderRoutes } from './orders/order.routes.js';
import { routingRoutes } from './orders/routing.routes.js';
import { summonsRoutes } from './summons/summons.routes.js';
import { indicatorRoutes } from './indicators/indicator.routes.js';
import { hotTopicRoutes } from './indicators/hot-topic.routes.js';
import { open311ClientRoutes } from './open311/open311.client.routes.js';
import { transferRoutes } from './transfer/transfer.routes.js';
import { publicRoutes } from './public/public.routes.js';

/** The appeals module's routes, one file per noun. */
export function appealsRoutes(app: TypedApp, core: Core) {
  orderRoutes(app, core);
  routingRoutes(app, core);
  summonsRoutes(app, core);
  indicatorRoutes(app, core);
  hotTopicRoutes(app, core);
  open311ClientRoutes(app, core);
  transferRoutes(app, core);
  publicRoutes(app, core);
}
