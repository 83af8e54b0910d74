import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from './language-switch';

import './auth-layout.css';

/** The signed-out frame: brand, language switch and one centred panel. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <header className="auth-layout__header container">
        <span className="auth-layout__brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-layout__main container">
        {children}
      </main>
    </div>
  );
}
