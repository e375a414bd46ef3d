// i18next set-up: zh-CN by default, en-US on request, the choice kept in localStorage.
// One namespace per feature folder (its locales.ts), plus 'common' for the shell and shared vocabularies.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import account from '../features/account/locales.js';
import activities from '../features/activities/locales.js';
import audit from '../features/audit/locales.js';
import auth from '../features/auth/locales.js';
import dashboard from '../features/dashboard/locales.js';
import filings from '../features/filings/locales.js';
import home from '../features/home/locales.js';
import ledger from '../features/ledger/locales.js';
import organizations from '../features/organizations/locales.js';
import party from '../features/party/locales.js';
import policies from '../features/policies/locales.js';
import regions from '../features/regions/locales.js';
import training from '../features/training/locales.js';
import users from '../features/users/locales.js';
import volunteering from '../features/volunteering/locales.js';
import common from './locales.js';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'linli.language';
const namespaces = {
  common,
  auth,
  home,
  organizations,
  filings,
  regions,
  users,
  audit,
  account,
  dashboard,
  policies,
  ledger,
  activities,
  volunteering,
  training,
  party,
};

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && (languages as readonly string[]).includes(stored)) return stored as Language;
  } catch {
    // storage may be unavailable (private mode); the default applies
  }
  return 'zh-CN';
}

const resources = Object.fromEntries(
  languages.map((language) => [
    language,
    Object.fromEntries(Object.entries(namespaces).map(([ns, catalogue]) => [ns, catalogue[language]])),
  ]),
);

function applyLanguage(language: string) {
  dayjs.locale(language === 'en-US' ? 'en' : 'zh-cn');
  document.documentElement.lang = language;
  document.title = i18n.t('common:product', { lng: language });
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...languages],
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});
applyLanguage(i18n.language);

i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not persisted; the choice still holds for this page
  }
});

export const currentLanguage = (): Language => (i18n.language === 'en-US' ? 'en-US' : 'zh-CN');

export default i18n;
