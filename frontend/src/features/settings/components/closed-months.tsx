import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import type { CompanySettingsQuery } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { addMonths, type Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { ClosePeriodDocument, ReopenPeriodDocument } from '../api/settings';

type ClosedMonthsProps = {
  currentPeriod: Period;
  closed: CompanySettingsQuery['closedPeriods'];
  history: CompanySettingsQuery['periodCloseHistory'];
  onChange: () => void;
};

const CLOSE_FIELDS = ['period'] as const;
const REOPEN_FIELDS = ['period', 'reason'] as const;

/**
 * Closing a month that is over makes it read-only for everyone, owners included; reopening needs a
 * reason. Both are kept in the history below.
 */
export function ClosedMonths({ currentPeriod, closed, history, onChange }: ClosedMonthsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const closedSet = new Set(closed.map((c) => c.period));
  const candidates = Array.from({ length: 24 }, (_, i) => addMonths(currentPeriod, -(i + 1))).filter(
    (p) => !closedSet.has(p),
  );
  const [period, setPeriod] = useState(candidates[0] ?? '');
  const [reopening, setReopening] = useState<Period | null>(null);
  const close = useFormMutation(ClosePeriodDocument, CLOSE_FIELDS);

  async function onClose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!period || !window.confirm(t('settings.closeConfirm', { month: format.month(period) }))) return;
    if (await close.submit({ period })) onChange();
  }

  return (
    <Card title={t('settings.closedHeading')}>
      <p className="muted">{t('settings.closedIntro')}</p>
      {closed.length === 0 ? (
        <p className="muted">{t('settings.noneClosed')}</p>
      ) : (
        <ul className="settings__closed" aria-label={t('settings.closedList')}>
          {closed.map((c) => (
            <li key={c.period}>
              <span>
                <strong>{format.month(c.period)}</strong>{' '}
                <span className="muted">
                  {t('settings.closedBy', { name: c.closedBy.fullName, at: format.dateTime(c.closedAt) })}
                </span>
              </span>
              {reopening === c.period ? (
                <ReopenForm
                  period={c.period}
                  onDone={() => {
                    setReopening(null);
                    onChange();
                  }}
                  onCancel={() => setReopening(null)}
                />
              ) : (
                <button type="button" className="button button--secondary" onClick={() => setReopening(c.period)}>
                  {t('settings.reopen', { month: format.month(c.period) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={onClose} aria-label={t('settings.closeHeading')}>
        <Field name="period" label={t('settings.closeMonth')} problem={close.errors.fields.period}>
          {(props) => (
            <select {...props} className="input" value={period} onChange={(event) => setPeriod(event.target.value)}>
              {candidates.map((p) => (
                <option key={p} value={p}>
                  {format.month(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormAlert problems={close.errors.form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={close.fetching || !period}>
            {t('settings.close')}
          </button>
          <FormStatus message={close.saved ? t('settings.closedDone') : null} />
        </div>
      </form>
      {history.length > 0 && (
        <>
          <h3 className="settings__subheading">{t('settings.historyHeading')}</h3>
          <ol className="settings__history">
            {history.slice(0, 20).map((h) => (
              <li key={h.id}>
                {t(`settings.action.${h.action}`, {
                  month: format.month(h.period),
                  name: h.changedBy.fullName,
                  at: format.dateTime(h.changedAt),
                })}
                {h.reason && <> — «{h.reason}»</>}
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}

function ReopenForm({ period, onDone, onCancel }: { period: Period; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const formId = useId();
  const [reason, setReason] = useState('');
  const reopen = useFormMutation(ReopenPeriodDocument, REOPEN_FIELDS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await reopen.submit({ input: { period, reason } })) onDone();
  }

  return (
    <form
      className="form"
      id={formId}
      onSubmit={onSubmit}
      aria-label={t('settings.reopen', { month: format.month(period) })}
    >
      <Field name="reason" label={t('settings.reopenReason')} problem={reopen.errors.fields.reason}>
        {(props) => (
          <input
            {...props}
            className="input"
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <FormAlert problems={reopen.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={reopen.fetching}>
          {t('settings.reopenConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('settings.cancel')}
        </button>
      </div>
    </form>
  );
}
