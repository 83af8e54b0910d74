import { useTranslation } from 'react-i18next';

import './loading.css';

type LoadingProps = {
  /** Skeleton shapes hinting at what is coming. */
  variant?: 'cards' | 'block' | 'page';
  count?: number;
};

/** A polite "Loading…" for screen readers and a skeleton for the eye. */
export function Loading({ variant = 'block', count = 3 }: LoadingProps) {
  const { t } = useTranslation();
  return (
    <div className={`loading loading--${variant}`} role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
      {variant === 'page' ? (
        <p className="loading__page-text" aria-hidden="true">
          {t('common.loading')}
        </p>
      ) : (
        Array.from({ length: variant === 'cards' ? count : 1 }, (_, i) => (
          <div key={i} className="loading__skeleton" aria-hidden="true" />
        ))
      )}
    </div>
  );
}
