import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';

import { errorCodeKey, firstErrorCode } from '@/lib/error-codes';

import './error-box.css';

type ErrorBoxProps = {
  title?: string;
  error?: CombinedError;
  onRetry?: () => void;
};

/** What went wrong, in the person's language, with a way to try again. */
export function ErrorBox({ title, error, onRetry }: ErrorBoxProps) {
  const { t } = useTranslation();
  // By the answer's code (extensions.code), never the API's English message.
  const code = firstErrorCode(error);
  const message = error?.networkError ? t('errors.network') : code ? t(errorCodeKey(code)) : t('errors.unexpected');
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
