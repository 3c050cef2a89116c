// The decisions module of the web app: its screens, messages and home cards.
import type { WebModule } from '../module.ts';
import { decisions } from './messages.ts';
import { decisionRoutes } from './routes.tsx';

export const decisionsWeb: WebModule = { name: 'decisions', routes: decisionRoutes, messages: decisions };
