// The cases module of the web app: its screens, messages and home cards.
import type { WebModule } from '../module.ts';
import { cases } from './messages.ts';
import { caseRoutes } from './routes.tsx';

export const casesWeb: WebModule = { name: 'cases', routes: caseRoutes, messages: cases };
