import { useTranslation } from 'react-i18next';

import './route-error.css';

/** A page crashed or its code failed to download (e.g. after a new release): offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main className="container route-error">
      <div className="error-box" role="alert">
        <p className="error-box__title">{t('errors.pageFailed')}</p>
        <p className="error-box__message">{t('errors.unexpected')}</p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    </main>
  );
}
