import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';

import { errorClassification } from '@/lib/graphql-client';

import './error-box.css';

type ErrorBoxProps = {
  title?: string;
  error?: CombinedError;
  onRetry?: () => void;
};

/** What went wrong, in the person's language, with a way to try again. */
export function ErrorBox({ title, error, onRetry }: ErrorBoxProps) {
  const { t } = useTranslation();
  const classification = errorClassification(error);
  const message = error?.networkError
    ? t('errors.network')
    : classification === 'FORBIDDEN'
      ? t('errors.forbidden')
      : classification === 'UNAVAILABLE'
        ? t('errors.unavailable')
        : t('errors.unexpected');
  return (
    <div className="error-box" role="alert">
      <p className="error-box__title">{title ?? t('errors.loadFailed')}</p>
      <p className="error-box__message">{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
