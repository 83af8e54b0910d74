import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { FormAlert, FormStatus, useProblemText } from '@/components/ui/form';
import type { Metric, Position } from '@/gql/graphql';
import { formErrorsOf, percentToRatio, ratioToPercent, toDecimalInput, type FormProblem } from '@/lib/form-errors';
import { metricKind } from '@/lib/metrics';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { SetPersonalPlanDocument } from '../api/plans';

import { PLANNED_METRICS } from './position-metrics';

import './personal-plans-table.css';

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

/** What the owner types: money and counts as they are, ratios in per cent. */
function editableValue(metric: Metric, target: string | undefined): string {
  if (target == null) return '';
  return metricKind(metric) === 'ratio' ? ratioToPercent(target) : target;
}

function apiValue(metric: Metric, text: string): string | null {
  return metricKind(metric) === 'ratio' ? percentToRatio(text) : toDecimalInput(text);
}

function PersonRow({ period, person, plans }: { period: Period; person: PlannedPerson; plans: Plan[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useProblemText();
  const [, setPlan] = useMutation(SetPersonalPlanDocument);
  const metrics = PLANNED_METRICS[person.position];
  const planOf = (metric: Metric) => plans.find((plan) => plan.metric === metric);
  const [values, setValues] = useState<Partial<Record<Metric, string>>>(() =>
    Object.fromEntries(metrics.map((metric) => [metric, editableValue(metric, planOf(metric)?.target)])),
  );
  const [problems, setProblems] = useState<Partial<Record<Metric, FormProblem>>>({});
  const [rowProblems, setRowProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const changed = metrics.filter((metric) => (values[metric] ?? '') !== editableValue(metric, planOf(metric)?.target));

  async function save() {
    if (saving) return;
    setSaving(true);
    setSaved(false);
    const fieldProblems: Partial<Record<Metric, FormProblem>> = {};
    const others: FormProblem[] = [];
    for (const metric of changed) {
      const result = await setPlan({
        input: {
          employeeId: person.id,
          period,
          metric,
          target: apiValue(metric, values[metric] ?? ''),
          expectedVersion: planOf(metric)?.version ?? 0,
        },
      });
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
            return (
              <div key={metric} className="field plans-table__target">
                <label htmlFor={inputId} className="field__label">
                  {t(`metric.${metric}`)}
                  {ratio && ', %'}
                  <span className="visually-hidden"> — {person.fullName}</span>
                </label>
                <input
                  id={inputId}
                  name={metric}
                  className="input"
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[metric] ?? ''}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={`${inputId}-current${problem ? ` ${inputId}-error` : ''}`}
                  onChange={(event) => setValues((current) => ({ ...current, [metric]: event.target.value }))}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') void save();
                  }}
                />
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
