import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import type { FormProblem } from '@/lib/form-errors';

import { VoidDealDocument, VoidLeadDocument, VoidSpendDocument } from '../api/corrections';

export type VoidableKind = 'DEAL' | 'SPEND' | 'LEAD';

const FIELDS = ['reason'] as const;
const MIN_REASON = 3;
const MAX_REASON = 500;

type VoidRecordFormProps = {
  kind: VoidableKind;
  record: { id: string; version: number };
  label: string;
  onCancel: () => void;
  onVoided: () => void;
};

/** The reason the browser can judge itself, worded as the API would (the form translates it). */
function reasonProblem(reason: string): FormProblem | undefined {
  if (reason.length === 0)
    return { message: 'reason is required', classification: 'BAD_REQUEST', field: 'reason', key: 'required' };
  if (reason.length < MIN_REASON) {
    return {
      message: `reason must be at least ${MIN_REASON} characters`,
      classification: 'BAD_REQUEST',
      field: 'reason',
    };
  }
  if (reason.length > MAX_REASON) {
    return {
      message: `reason must be at most ${MAX_REASON} characters`,
      classification: 'BAD_REQUEST',
      field: 'reason',
    };
  }
  return undefined;
}

/**
 * Voids a record in two steps: a reason (3–500 characters, kept in its history), then an explicit
 * confirmation. The record leaves every figure but stays listed as voided.
 */
export function VoidRecordForm({ kind, record, label, onCancel, onVoided }: VoidRecordFormProps) {
  const { t } = useTranslation();
  const deal = useFormMutation(VoidDealDocument, FIELDS);
  const spend = useFormMutation(VoidSpendDocument, FIELDS);
  const lead = useFormMutation(VoidLeadDocument, FIELDS);
  const form = kind === 'DEAL' ? deal : kind === 'SPEND' ? spend : lead;
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<FormProblem | undefined>();
  const [confirming, setConfirming] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = reasonProblem(reason.trim());
    setLocal(problem);
    if (!problem) setConfirming(true);
  }

  async function confirm() {
    const input = { id: record.id, reason: reason.trim(), expectedVersion: record.version };
    const data =
      kind === 'DEAL'
        ? await deal.submit({ input })
        : kind === 'SPEND'
          ? await spend.submit({ input })
          : await lead.submit({ input });
    setConfirming(false);
    if (data) onVoided();
  }

  return (
    <form
      className="form records-panel"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('corrections.voidTitle', { record: label })}
    >
      <h3 className="records-panel__title">{t('corrections.voidTitle', { record: label })}</h3>
      <p className="records-panel__intro">{t('corrections.voidIntro')}</p>
      <Field name="reason" label={t('corrections.reason')} problem={local ?? form.errors.fields.reason}>
        {(props) => (
          <textarea
            {...props}
            className="input records-panel__reason"
            rows={2}
            maxLength={MAX_REASON + 20}
            value={reason}
            onChange={(ev) => {
              setReason(ev.target.value);
              setConfirming(false);
            }}
          />
        )}
      </Field>
      <FormAlert problems={form.errors.form} />
      {confirming ? (
        <div role="group" aria-label={t('corrections.void')} className="records-panel__confirm">
          <p className="records-panel__question">{t('corrections.confirmVoid', { record: label })}</p>
          <div className="form__actions">
            <button
              type="button"
              className="button records__danger"
              disabled={form.fetching}
              onClick={() => void confirm()}
            >
              {t('corrections.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('corrections.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('corrections.voidNext')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('corrections.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
