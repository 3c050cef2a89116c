// i18next with Vietnamese (default) and English. The shell's messages are the namespace "common"; each module's
// (web/src/<module>/messages.ts, named in its index.ts) the namespace of its name. A unit test checks that both
// languages have exactly the same keys.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './shell/messages.ts';
import { WEB_MODULES } from './modules.ts';

export const NAMESPACES: Record<string, { vi: object; en: object }> = { common, ...Object.fromEntries(WEB_MODULES.map((m) => [m.name, m.messages])) };

export type Lang = 'vi' | 'en';
const stored = typeof localStorage !== 'undefined' ? (localStorage.getItem('coso.lang') as Lang | null) : null;

void i18n.use(initReactI18next).init({
  lng: stored ?? 'vi',
  fallbackLng: 'vi',
  defaultNS: 'common',
  ns: Object.keys(NAMESPACES),
  resources: {
    vi: Object.fromEntries(Object.entries(NAMESPACES).map(([ns, m]) => [ns, m.vi])),
    en: Object.fromEntries(Object.entries(NAMESPACES).map(([ns, m]) => [ns, m.en])),
  },
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: Lang): void {
  localStorage.setItem('coso.lang', lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export default i18n;
