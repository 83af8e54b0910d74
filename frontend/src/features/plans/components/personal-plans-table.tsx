import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { FormAlert, FormStatus, useProblemText } from '@/components/ui/form';
import { MoneyInput, useMoneyLanguage } from '@/components/ui/money-input';
import type { Metric, Position } from '@/gql/graphql';
import { useEditableValues } from '@/hooks/use-editable-values';
import { formErrorsOf, percentToRatio, ratioToPercent, toDecimalInput, type FormProblem } from '@/lib/form-errors';
import { metricKind } from '@/lib/metrics';
import { formatMoneyInput, parseMoney, sameAmount } from '@/lib/money-input';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { SetPersonalPlanDocument } from '../api/plans';

import { PLANNED_METRICS } from './position-metrics';

import './personal-plans-table.css';

/** A personal plan saved changes the plans and their coverage (urql refetches the queries naming these). */
const PLAN_MUTATION_CONTEXT = { additionalTypenames: ['PersonalPlan', 'PlanCoverage'] };

export type PlannedPerson = { id: string; fullName: string; position: Position };
export type Plan = { metric: Metric; target: string; version: number; employee: { id: string } };

type PersonalPlansTableProps = {
  period: Period;
  people: PlannedPerson[];
  plans: Plan[];
};

/** People × their position's metrics: the month's personal targets, edited in place, saved per person. */
export function PersonalPlansTable({ period, people, plans }: PersonalPlansTableProps) {
  const { t } = useTranslation();
  return (
    <table className="data-table data-table--stack plans-table">
      <caption className="visually-hidden">{t('plans.personalHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.person')}</th>
          <th scope="col">{t('plans.targets')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('plans.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => {
          const own = plans.filter((plan) => plan.employee.id === person.id);
          return (
            <PersonRow
              // Not keyed by the plans' versions: a save refetches them, and remounting the row would drop
              // its "Saved" note (and re-run a half-finished save's remaining mutations on a fresh row).
              key={`${period}:${person.id}`}
              period={period}
              person={person}
              plans={own}
            />
          );
        })}
      </tbody>
    </table>
  );
}

/** What the owner types: money as their language writes it, counts as they are, ratios in per cent. */
function editableValue(metric: Metric, target: string | undefined, language: string): string {
  if (target == null) return '';
  switch (metricKind(metric)) {
    case 'ratio':
      return ratioToPercent(target);
    case 'money':
      return formatMoneyInput(target, language);
    case 'count':
      return target;
  }
}

type Typed = { ok: true; value: string | null } | { ok: false };

function apiValue(metric: Metric, text: string, language: string): Typed {
  switch (metricKind(metric)) {
    case 'ratio':
      return { ok: true, value: percentToRatio(text) };
    case 'money':
      return parseMoney(text, language);
    case 'count':
      return { ok: true, value: toDecimalInput(text) };
  }
}

function PersonRow({ period, person, plans }: { period: Period; person: PlannedPerson; plans: Plan[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useMoneyLanguage();
  const describe = useProblemText();
  const [, setPlan] = useMutation(SetPersonalPlanDocument);
  const metrics = PLANNED_METRICS[person.position];
  const planOf = (metric: Metric) => plans.find((plan) => plan.metric === metric);
  const [values, setValue] = useEditableValues(
    Object.fromEntries(
      metrics.map((metric) => [metric, editableValue(metric, planOf(metric)?.target, language)]),
    ) as Record<Metric, string>,
  );
  const [problems, setProblems] = useState<Partial<Record<Metric, FormProblem>>>({});
  const [rowProblems, setRowProblems] = useState<FormProblem[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const typed = (metric: Metric) => apiValue(metric, values[metric] ?? '', language);
  const changed = metrics.filter((metric) => {
    const value = typed(metric);
    const target = planOf(metric)?.target;
    if (!value.ok) return true;
    return metricKind(metric) === 'money'
      ? !sameAmount(value.value, target)
      : (values[metric] ?? '') !== editableValue(metric, target, language);
  });

  async function save() {
    if (saving) return;
    if (changed.some((metric) => !typed(metric).ok)) {
      // An amount the person's language reads another way: nothing of the row is sent.
      setShowProblems(true);
      setSaved(false);
      return;
    }
    setSaving(true);
    setSaved(false);
    const fieldProblems: Partial<Record<Metric, FormProblem>> = {};
    const others: FormProblem[] = [];
    for (const metric of changed) {
      const value = typed(metric);
      const result = await setPlan(
        {
          input: {
            employeeId: person.id,
            period,
            metric,
            target: value.ok ? value.value : null,
            expectedVersion: planOf(metric)?.version ?? 0,
          },
        },
        PLAN_MUTATION_CONTEXT,
      );
      if (result.error) {
        const errors = formErrorsOf(result.error, ['target']);
        if (errors.fields.target) fieldProblems[metric] = errors.fields.target;
        others.push(...errors.form);
      }
    }
    setProblems(fieldProblems);
    setRowProblems(others);
    setSaving(false);
    setSaved(changed.length > 0 && Object.keys(fieldProblems).length === 0 && others.length === 0);
  }

  const rowId = `plan-${person.id}`;
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void save();
  };
  return (
    <tr>
      <th scope="row" id={rowId}>
        <span className="plans-table__who">
          <span>{person.fullName}</span>
          <span className="plans-table__position">{t(`position.${person.position}`)}</span>
        </span>
      </th>
      <td data-label={t('plans.targets')}>
        <div className="plans-table__targets">
          {metrics.map((metric) => {
            const inputId = `${rowId}-${metric}`;
            const problem = problems[metric];
            const plan = planOf(metric);
            const ratio = metricKind(metric) === 'ratio';
            const describedBy = `${inputId}-current${problem ? ` ${inputId}-error` : ''}`;
            return (
              <div key={metric} className="field plans-table__target">
                <label htmlFor={inputId} className="field__label">
                  {t(`metric.${metric}`)}
                  {ratio && ', %'}
                  <span className="visually-hidden"> — {person.fullName}</span>
                </label>
                {metricKind(metric) === 'money' ? (
                  <MoneyInput
                    id={inputId}
                    name={metric}
                    value={values[metric] ?? ''}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={describedBy}
                    showProblem={showProblems}
                    onValueChange={(text) => setValue(metric, text)}
                    onKeyDown={onEnter}
                  />
                ) : (
                  <input
                    id={inputId}
                    name={metric}
                    className="input"
                    inputMode="decimal"
                    autoComplete="off"
                    value={values[metric] ?? ''}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={describedBy}
                    onChange={(event) => setValue(metric, event.target.value)}
                    onKeyDown={onEnter}
                  />
                )}
                <p id={`${inputId}-current`} className="field__hint">
                  {plan ? t('plans.current', { value: format.metric(metric, plan.target) }) : t('plans.notSet')}
                </p>
                {problem && (
                  <p id={`${inputId}-error`} className="field__error">
                    {describe(problem)}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        <FormAlert problems={rowProblems} />
      </td>
      <td>
        <div className="plans-table__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={saving || changed.length === 0}
            aria-describedby={rowId}
            onClick={() => void save()}
          >
            {t('plans.savePerson')}
          </button>
          <FormStatus message={saved ? t('plans.saved') : null} />
        </div>
      </td>
    </tr>
  );
}
