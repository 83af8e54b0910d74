import { useTranslation } from 'react-i18next';

import { FormAlert, FormStatus } from '@/components/ui/form';
import type { FormErrors } from '@/lib/form-errors';

type CorrectionFooterProps = {
  errors: FormErrors;
  fetching: boolean;
  saved: boolean;
  /** Set when the person saved without changing anything. */
  unchanged: boolean;
  onCancel: () => void;
  /** Fetches the list again: the record as someone else changed it, with its new version. */
  onReload: () => void;
};

/** A correction form's alert, its CONFLICT way out (reload), and its buttons. */
export function CorrectionFooter({ errors, fetching, saved, unchanged, onCancel, onReload }: CorrectionFooterProps) {
  const { t } = useTranslation();
  const conflict = errors.form.some((problem) => problem.classification === 'CONFLICT');
  return (
    <>
      <FormAlert problems={errors.form} />
      {conflict && (
        <div className="records-panel__conflict">
          <p className="records-panel__intro">{t('corrections.conflictHint')}</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('corrections.reload')}
          </button>
        </div>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {t('corrections.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('corrections.cancel')}
        </button>
        <FormStatus message={saved ? t('corrections.saved') : unchanged ? t('corrections.nothingChanged') : null} />
      </div>
    </>
  );
}
