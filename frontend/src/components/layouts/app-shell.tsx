import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';

import type { Language } from '@/lib/i18n';

import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

import './app-shell.css';

export type NavItem = {
  to: string;
  label: string;
};

type AppShellProps = {
  navigation: NavItem[];
  /**
   * `accountTo`: the person's own page (profile, password), linked from the account menu, as is
   * `settingsTo`, the company's settings (owners only), and `importTo`, the import screen (owners and marketers).
   */
  user: { name: string; detail: string; accountTo: string; settingsTo?: string; importTo?: string };
  onSignOut: () => void;
  /** The person switched the language (to save it with them). */
  onLanguageChange?: (language: Language) => void;
  /** The notifications bell (a feature, so the app passes it in: shared layouts import no features). */
  notifications?: ReactNode;
  /** A route is loading: shows a thin bar under the header. */
  busy?: boolean;
  children: ReactNode;
};

/** Header (brand, main navigation, notifications, language, account) and the page's main landmark. */
export function AppShell({
  navigation,
  user,
  onSignOut,
  onLanguageChange,
  notifications,
  busy,
  children,
}: AppShellProps) {
  const { t } = useTranslation();
  const { search } = useLocation();
  // The picked month travels between pages.
  const month = new URLSearchParams(search).get('month');
  const keep = month ? `?month=${encodeURIComponent(month)}` : '';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__bar container">
          <Link to={{ pathname: '/', search: keep }} className="shell__brand">
            {t('app.name')}
          </Link>
          <nav className="shell__nav" aria-label={t('nav.label')}>
            <ul className="shell__nav-list">
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={{ pathname: item.to, search: keep }} end={item.to === '/'} className="shell__nav-link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="shell__tools">
            {notifications}
            <LanguageSwitch onChange={onLanguageChange} />
            <UserMenu
              name={user.name}
              detail={user.detail}
              accountTo={user.accountTo}
              settingsTo={user.settingsTo}
              importTo={user.importTo}
              onSignOut={onSignOut}
            />
          </div>
        </div>
        <div className={busy ? 'shell__busy shell__busy--on' : 'shell__busy'} aria-hidden="true" />
      </header>
      <main id="main" className="shell__main container" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
