import { useTranslation } from 'react-i18next';

import { LANGUAGES, setLanguage, type Language } from '@/lib/i18n';

import './language-switch.css';

/**
 * EN / RU toggle; the choice is remembered in localStorage, and `onChange` tells the signed-in app so it can save
 * it with the person (their e-mails are written in it).
 */
export function LanguageSwitch({ onChange }: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          aria-pressed={current === language}
          lang={language}
          title={t(`language.${language}`)}
          onClick={() => {
            void setLanguage(language);
            onChange?.(language);
          }}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
