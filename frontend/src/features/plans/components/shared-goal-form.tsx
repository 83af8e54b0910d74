import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { MoneyInput, useMoneyLanguage } from '@/components/ui/money-input';
import { useEditableValues } from '@/hooks/use-editable-values';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { formatMoneyInput, parseMoney } from '@/lib/money-input';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { SetSharedGoalDocument } from '../api/plans';

const FIELDS = ['turnoverTarget', 'grossMarginTarget'] as const;

type Goal = { turnoverTarget: string; grossMarginTarget: string; version: number } | null | undefined;

/** The month's one shared goal: turnover and gross margin targets. Render it keyed by the month. */
export function SharedGoalForm({ period, goal }: { period: Period; goal: Goal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useMoneyLanguage();
  const form = useFormMutation(SetSharedGoalDocument, FIELDS);
  const [values, setValue] = useEditableValues({
    turnoverTarget: formatMoneyInput(goal?.turnoverTarget, language),
    grossMarginTarget: formatMoneyInput(goal?.grossMarginTarget, language),
  });
  const [showProblems, setShowProblems] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const turnoverTarget = parseMoney(values.turnoverTarget, language);
    const grossMarginTarget = parseMoney(values.grossMarginTarget, language);
    if (!turnoverTarget.ok || !grossMarginTarget.ok) {
      // Nothing is sent that the person's language would read as another amount.
      setShowProblems(true);
      form.reset();
      return;
    }
    await form.submit({
      input: {
        period,
        turnoverTarget: turnoverTarget.value,
        grossMarginTarget: grossMarginTarget.value,
        // Refuses to overwrite a change someone else made since this month's goal was loaded.
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
        {FIELDS.map((name) => (
          <Field key={name} name={name} label={t(`plans.${name}`)} hint={current(goal?.[name])} problem={e[name]}>
            {(props) => (
              <MoneyInput
                {...props}
                value={values[name]}
                onValueChange={(text) => setValue(name, text)}
                showProblem={showProblems}
              />
            )}
          </Field>
        ))}
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
