// The units module of the web app: the unit tree and the households of a village.
import type { WebModule } from '../module.ts';
import { units } from './messages.ts';
import { unitRoutes } from './routes.tsx';

export const unitsWeb: WebModule = { name: 'units', routes: unitRoutes, messages: units };
