import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

import { en } from './locales/en';
import { ru } from './locales/ru';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the language the person picked is remembered. */
export const LANGUAGE_STORAGE_KEY = 'tandem.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

// A choice made in the header wins; otherwise the browser's language, else English.
// Only an explicit choice is stored (see setLanguage), so a browser change still applies later.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [],
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });

syncDocumentLanguage(currentLanguage());
i18n.on('languageChanged', () => syncDocumentLanguage(currentLanguage()));

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage;
  return resolved === 'ru' ? 'ru' : 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode): the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

export { i18n };
