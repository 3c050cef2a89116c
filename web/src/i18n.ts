// i18next with Vietnamese (default) and English. Each module keeps its messages beside its screens
// (web/src/<module>/messages.ts) and registers them here as a namespace; a unit test checks that both
// languages have exactly the same keys.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './shell/messages.ts';
import { conferences } from './conferences/messages.ts';
import { oversight } from './oversight/messages.ts';
import { reports } from './reports/messages.ts';
import { disclosures } from './disclosures/messages.ts';
import { consultations } from './consultations/messages.ts';
import { decisions } from './decisions/messages.ts';
import { units } from './units/messages.ts';
import { cases } from './cases/messages.ts';

export const NAMESPACES = { common, disclosures, units, consultations, decisions, cases, conferences, oversight, reports } as const;

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
