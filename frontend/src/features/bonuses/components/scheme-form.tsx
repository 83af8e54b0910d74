import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Field, FormAlert, FormStatus, useProblemText } from '@/components/ui/form';
import { MoneyInput, useMoneyLanguage } from '@/components/ui/money-input';
import type { BonusSchemesQuery, Metric, Position } from '@/gql/graphql';
import { useEditableValues } from '@/hooks/use-editable-values';
import { useFormMutation } from '@/hooks/use-form-mutation';
import type { FormProblem } from '@/lib/form-errors';
import { formatMoneyInput, parseMoney } from '@/lib/money-input';
import { useFormat } from '@/lib/use-format';

import { SetBonusSchemeDocument } from '../api/bonuses';

import { basisPointsToRatio, percentToBasisPoints, ratioToPercentText } from './percent';

/** The KPIs a position's bonus may weigh (the API's plannable metrics; marketers also by turnover from their leads). */
export const BONUS_METRICS: Record<Position, Metric[]> = {
  HUNTER: ['TURNOVER', 'GROSS_MARGIN', 'NEW_CLIENTS'],
  FARMER: ['TURNOVER', 'GROSS_MARGIN', 'ACTIVE_CLIENTS'],
  MARKETER: ['LEADS', 'COST_PER_LEAD', 'LEAD_CONVERSION', 'ATTRIBUTED_TURNOVER', 'ATTRIBUTED_MARGIN'],
};

const SHARED_METRICS: Metric[] = ['TURNOVER', 'GROSS_MARGIN'];
const FIELDS = ['targetBonus', 'sharedMetric', 'gate', 'cap', 'weights'] as const;
const FULL = 10000;

export type Scheme = BonusSchemesQuery['bonusSchemes'][number];

/** One position's bonus scheme. Weights are typed in per cent and must sum to 100 % before anything is sent. */
export function SchemeForm({ position, scheme }: { position: Position; scheme: Scheme | undefined }) {
  const { t } = useTranslation();
  const describe = useProblemText();
  const format = useFormat();
  const language = useMoneyLanguage();
  const form = useFormMutation(SetBonusSchemeDocument, FIELDS);
  const metrics = BONUS_METRICS[position];
  const weightOf = (metric: Metric) => scheme?.weights.find((w) => w.metric === metric)?.weight;
  const [values, setValue] = useEditableValues<string>({
    targetBonus: formatMoneyInput(scheme?.targetBonus, language),
    sharedMetric: scheme?.sharedMetric ?? 'TURNOVER',
    gate: ratioToPercentText(scheme?.gate, language),
    cap: ratioToPercentText(scheme?.cap ?? 1.5, language),
    ...Object.fromEntries(metrics.map((m) => [m, ratioToPercentText(weightOf(m), language)])),
  });
  const [showProblems, setShowProblems] = useState(false);

  const gate = percentToBasisPoints(values.gate);
  const cap = percentToBasisPoints(values.cap);
  const weights = metrics.map((metric) => ({
    metric,
    points: values[metric].trim() === '' ? 0 : percentToBasisPoints(values[metric]),
  }));
  const sum = weights.reduce((total, w) => total + (w.points ?? 0), 0);
  const weightsValid = weights.every((w) => w.points != null) && sum === FULL;
  const target = parseMoney(values.targetBonus, language);
  const targetNumber = target.ok && target.value != null ? Number(target.value) : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowProblems(true);
    if (!target.ok || gate == null || cap == null || !weightsValid) {
      form.reset();
      return;
    }
    await form.submit({
      input: {
        position,
        targetBonus: target.value,
        sharedMetric: values.sharedMetric as Metric,
        gate: basisPointsToRatio(gate),
        cap: basisPointsToRatio(cap),
        weights: weights
          .filter((w) => (w.points ?? 0) > 0)
          .map((w) => ({ metric: w.metric, weight: basisPointsToRatio(w.points ?? 0) })),
        // Refuses to overwrite another owner's change made since this scheme was loaded.
        expectedVersion: scheme?.version ?? 0,
      },
    });
  }

  // The API states ranges in ratios (gate 0 to 1); the form speaks per cent.
  const inPercent = (problem: FormProblem | undefined, key: 'gateRange' | 'capRange') =>
    problem && / must be from /.test(problem.message)
      ? { ...problem, code: undefined, message: t(`bonuses.${key}`) }
      : problem;
  const e: Partial<Record<string, FormProblem>> = {
    ...form.errors.fields,
    gate: inPercent(form.errors.fields.gate, 'gateRange'),
    cap: inPercent(form.errors.fields.cap, 'capRange'),
  };
  const percentProblem = (ok: boolean) =>
    showProblems && !ok ? { message: t('bonuses.percentInvalid'), classification: 'BAD_REQUEST' } : undefined;
  const sumText = format.percent(sum / FULL, 2);
  const weightsProblem =
    e.weights ??
    (showProblems && !weightsValid
      ? { message: t('bonuses.weightsMustSum', { sum: sumText }), classification: 'BAD_REQUEST' }
      : undefined);
  const title = t(`position.${position}`);
  const headingId = `scheme-${position}`;

  return (
    <Card title={title} level={3} className="scheme">
      <p className="muted scheme__version">
        {scheme ? t('bonuses.version', { version: scheme.version }) : t('bonuses.noScheme')}
      </p>
      <form className="form" onSubmit={onSubmit} noValidate aria-label={title} id={headingId}>
        <div className="form__grid">
          <Field name="targetBonus" label={t('bonuses.targetBonus')} problem={e.targetBonus}>
            {(props) => (
              <MoneyInput
                {...props}
                value={values.targetBonus}
                onValueChange={(text) => setValue('targetBonus', text)}
                showProblem={showProblems}
              />
            )}
          </Field>
          <Field name="sharedMetric" label={t('bonuses.sharedMetric')} problem={e.sharedMetric}>
            {(props) => (
              <select
                {...props}
                className="input"
                value={values.sharedMetric}
                onChange={(event) => setValue('sharedMetric', event.target.value)}
              >
                {SHARED_METRICS.map((metric) => (
                  <option key={metric} value={metric}>
                    {t(`metric.${metric}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="gate" label={t('bonuses.gate')} problem={e.gate ?? percentProblem(gate != null)}>
            {(props) => (
              <input
                {...props}
                className="input"
                inputMode="decimal"
                value={values.gate}
                onChange={(event) => setValue('gate', event.target.value)}
              />
            )}
          </Field>
          <Field name="cap" label={t('bonuses.cap')} problem={e.cap ?? percentProblem(cap != null)}>
            {(props) => (
              <input
                {...props}
                className="input"
                inputMode="decimal"
                value={values.cap}
                onChange={(event) => setValue('cap', event.target.value)}
              />
            )}
          </Field>
        </div>
        <fieldset className="scheme__weights" aria-describedby={`${headingId}-sum`}>
          <legend className="field__label">{t('bonuses.weightsLegend')}</legend>
          <div className="form__grid">
            {metrics.map((metric) => (
              <Field key={metric} name={`weight-${metric}`} label={t(`metric.${metric}`)}>
                {(props) => (
                  <input
                    {...props}
                    className="input"
                    inputMode="decimal"
                    aria-invalid={weightsProblem ? true : props['aria-invalid']}
                    value={values[metric]}
                    onChange={(event) => setValue(metric, event.target.value)}
                  />
                )}
              </Field>
            ))}
          </div>
          <p id={`${headingId}-sum`} className={sum === FULL ? 'scheme__sum' : 'scheme__sum scheme__sum--off'}>
            {t('bonuses.weightsSum', { sum: sumText })}
          </p>
          {weightsProblem && (
            <p className="field__error" role="alert">
              {describe(weightsProblem)}
            </p>
          )}
        </fieldset>
        <p className="scheme__example" data-testid={`scheme-example-${position}`}>
          {targetNumber != null && gate != null && cap != null
            ? t('bonuses.example', {
                full: format.money(targetNumber.toFixed(2)),
                gate: format.percent(gate / FULL, 2),
                atGate: format.money(((targetNumber * gate) / FULL).toFixed(2)),
                max: format.money(((targetNumber * cap * cap) / FULL / FULL).toFixed(2)),
              })
            : null}
        </p>
        <FormAlert problems={form.errors.form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.fetching}>
            {t('bonuses.saveScheme')}
          </button>
          <FormStatus message={form.saved ? t('bonuses.schemeSaved') : null} />
        </div>
      </form>
    </Card>
  );
}
