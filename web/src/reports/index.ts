// The reports module of the web app: indicators, the dashboard and the periodic report.
import type { WebModule } from '../module.ts';
import { reports } from './messages.ts';
import { reportRoutes } from './routes.tsx';

export const reportsWeb: WebModule = {
  name: 'reports',
  routes: reportRoutes,
  messages: reports,
  homeCards: [
    { key: 'steeringReports', to: '/bao-cao', icon: 'chart', action: 'steering.manage' },
    { key: 'reports', to: '/bao-cao', icon: 'chart', action: 'report.read' },
  ],
};
