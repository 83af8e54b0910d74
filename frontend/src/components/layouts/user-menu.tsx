import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { useDismiss } from '@/hooks/use-dismiss';

import './user-menu.css';

type UserMenuProps = {
  name: string;
  /** Role and position, e.g. "Employee · Hunter". */
  detail: string;
  /** The person's own page (profile, password). */
  accountTo: string;
  /** The company's settings, for owners; absent for everyone else. */
  settingsTo?: string;
  /** File imports, for owners and marketers; absent for everyone else. */
  importTo?: string;
  onSignOut: () => void;
};

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** The signed-in person, a link to their account page and the sign-out button, behind a disclosure button. */
export function UserMenu({ name, detail, accountTo, settingsTo, importTo, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root, button);

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('userMenu.label', { name })}
        onClick={() => setOpen((value) => !value)}
      >
        {/* Initials drawn by CSS: as text they would make the visible label differ from the accessible name. */}
        <span className="user-menu__avatar" data-initials={initials(name)} aria-hidden="true" />
        <span className="user-menu__name" aria-hidden="true">
          {name}
        </span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <strong>{name}</strong>
          <span>{detail}</span>
        </p>
        <NavLink to={accountTo} className="button button--secondary user-menu__action" onClick={() => setOpen(false)}>
          {t('userMenu.account')}
        </NavLink>
        {settingsTo && (
          <NavLink
            to={settingsTo}
            className="button button--secondary user-menu__action"
            onClick={() => setOpen(false)}
          >
            {t('userMenu.settings')}
          </NavLink>
        )}
        {importTo && (
          <NavLink to={importTo} className="button button--secondary user-menu__action" onClick={() => setOpen(false)}>
            {t('userMenu.import')}
          </NavLink>
        )}
        <button type="button" className="button button--secondary user-menu__action" onClick={onSignOut}>
          {t('userMenu.signOut')}
        </button>
      </div>
    </div>
  );
}
