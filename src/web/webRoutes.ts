import type { Services } from '../domain/services.js';
import { calendarFeedRoute } from './calendarFeedRoute.js';
import { googleCallbackRoute } from './googleCallbackRoute.js';
import type { WebRoute } from './webRoute.js';

/** Every page Jobscout serves. */
export function webRoutes(services: Services): WebRoute[] {
  return [calendarFeedRoute(services), googleCallbackRoute(services)];
}
