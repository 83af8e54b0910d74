import { useTranslation } from 'react-i18next';

import { useCompany } from '@/lib/company';

import { useSession } from '../hooks/use-session';

import { LoginForm } from './login-form';

import './login-panel.css';

/** The sign-in page's content: whose Tandem this is, why you are here again (expired), the form. */
export function LoginPanel() {
  const { t } = useTranslation();
  const { name } = useCompany();
  const { expired } = useSession();
  return (
    <div className="login-panel">
      <title>{`${t('auth.title')} · Tandem`}</title>
      <p className="login-panel__company">{name}</p>
      <h1 className="login-panel__title">{t('auth.title')}</h1>
      <p className="login-panel__intro">{t('auth.intro')}</p>
      {expired && (
        <p className="login-panel__notice" role="status">
          {t('auth.sessionExpired')}
        </p>
      )}
      <LoginForm />
    </div>
  );
}
