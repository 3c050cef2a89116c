// Every screen of the app: the shell's (home, login), then each module's, in the order of web/src/modules.ts.
import { HomePage } from './shell/HomePage.tsx';
import { LoginPage } from './shell/LoginPage.tsx';
import type { AppRoute } from './module.ts';
import { WEB_MODULES } from './modules.ts';

export type { AppRoute } from './module.ts';

export const routes: AppRoute[] = [
  { path: '/', element: <HomePage />, nav: { label: 'common:nav.home', public: true } },
  { path: '/dang-nhap', element: <LoginPage /> },
  ...WEB_MODULES.flatMap((m) => m.routes),
];
