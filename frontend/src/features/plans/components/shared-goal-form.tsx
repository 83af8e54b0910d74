import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { toDecimalInput } from '@/lib/form-errors';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { SetSharedGoalDocument } from '../api/plans';

const FIELDS = ['turnoverTarget', 'grossMarginTarget'] as const;

type Goal = { turnoverTarget: string; grossMarginTarget: string; version: number } | null | undefined;

/** The month's one shared goal: turnover and gross margin targets. */
export function SharedGoalForm({ period, goal }: { period: Period; goal: Goal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useFormMutation(SetSharedGoalDocument, FIELDS);
  const [turnoverTarget, setTurnoverTarget] = useState(goal?.turnoverTarget ?? '');
  const [grossMarginTarget, setGrossMarginTarget] = useState(goal?.grossMarginTarget ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit({
      input: {
        period,
        turnoverTarget: toDecimalInput(turnoverTarget),
        grossMarginTarget: toDecimalInput(grossMarginTarget),
        // Refuses to overwrite a change someone else made since this page loaded.
        expectedVersion: goal?.version ?? 0,
      },
    });
  }

  const e = form.errors.fields;
  const current = (value: string | undefined) =>
    value ? t('plans.current', { value: format.money(value) }) : t('plans.notSet');
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('plans.goalHeading')}>
      <div className="form__grid">
        <Field name="turnoverTarget" label={t('plans.turnoverTarget')} hint={current(goal?.turnoverTarget)} problem={e.turnoverTarget}>
          {(props) => (
            <input {...props} className="input" inputMode="decimal" autoComplete="off" value={turnoverTarget} onChange={(ev) => setTurnoverTarget(ev.target.value)} />
          )}
        </Field>
        <Field
          name="grossMarginTarget"
          label={t('plans.grossMarginTarget')}
          hint={current(goal?.grossMarginTarget)}
          problem={e.grossMarginTarget}
        >
          {(props) => (
            <input {...props} className="input" inputMode="decimal" autoComplete="off" value={grossMarginTarget} onChange={(ev) => setGrossMarginTarget(ev.target.value)} />
          )}
        </Field>
      </div>
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('plans.saveGoal')}
        </button>
        <FormStatus message={form.saved ? t('plans.goalSaved') : null} />
      </div>
    </form>
  );
}
