import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { Loading } from '@/components/ui/loading';
import { MoneyInput, useMoneyLanguage } from '@/components/ui/money-input';
import { QueryView } from '@/components/ui/query-view';
import { Stat, StatList } from '@/components/ui/stat-list';
import { getFragmentData } from '@/gql/fragment-masking';
import type { Metric } from '@/gql/graphql';
import { useCompany } from '@/lib/company';
import { formatMoneyInput, parseMoney, sameAmount } from '@/lib/money-input';
import { periodOf, type Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import {
  APPLY_PLAN_CONTEXT,
  PlanSuggestionFieldsFragment,
  useApplyPlanFromGoal,
  usePlanFromGoal,
  useSharedGoalTarget,
} from '../api/get-plan-from-goal';
import { pivotSplit, type PlanShareInput } from '../lib/plan-split';

import './plan-panel.css';

/**
 * Owner only: the reverse funnel for a turnover target, every assumption shown, and "Apply", which
 * writes the shared goal and personal plans and makes the plan the baseline of the gap by cause.
 */
export function PlanPanel({ period }: { period: Period }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { today } = useCompany();
  const closed = period < periodOf(today);
  const [goal] = useSharedGoalTarget(period);
  // urql shows the last month's answer while this month's loads: that is not this month's goal.
  const loaded = goal.data != null && goal.operation?.variables.period === period;
  const defaultTarget = loaded ? (goal.data?.sharedGoal?.turnoverTarget ?? null) : null;

  return (
    <Card title={t('analytics.plan.heading')} className="analytics__plan">
      <p className="plan__intro">{t('analytics.plan.intro')}</p>
      {closed ? (
        // The API refuses closed months; a plan made after the fact would only rewrite history.
        <p className="plan__note plan__closed">
          {t('analytics.plan.closed', { month: format.month(period), current: format.month(periodOf(today)) })}
        </p>
      ) : !loaded && !goal.error ? (
        <Loading variant="block" />
      ) : (
        // A new month starts the form afresh with its goal as the default.
        <PlanForm key={period} period={period} defaultTarget={defaultTarget} />
      )}
    </Card>
  );
}

function PlanForm({ period, defaultTarget }: { period: Period; defaultTarget: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const language = useMoneyLanguage();
  const [text, setText] = useState(formatMoneyInput(defaultTarget, language));
  const [showProblem, setShowProblem] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [target, setTarget] = useState<string | null>(defaultTarget);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState(false);
  const [result, reexecute] = usePlanFromGoal(period, target);
  const [applyResult, apply] = useApplyPlanFromGoal();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMoney(text, language);
    setShowProblem(true);
    if (!parsed.ok) {
      // MoneyInput says what is wrong with the format.
      setInvalid(false);
      return;
    }
    const amount = parsed.value != null && !/^0+(\.0*)?$/.test(parsed.value) ? parsed.value : null;
    setInvalid(amount == null);
    if (amount == null) return;
    setTarget(amount);
    setConfirming(false);
    setApplied(false);
  };

  const confirmApply = async () => {
    if (!target) return;
    const answer = await apply({ period, turnoverTarget: target }, APPLY_PLAN_CONTEXT);
    setConfirming(false);
    if (!answer.error) setApplied(true);
  };

  return (
    <>
      <form className="plan__form" onSubmit={submit} noValidate>
        <div className="plan__field">
          <label htmlFor={inputId} className="plan__label">
            {t('analytics.plan.target')}
          </label>
          <MoneyInput
            id={inputId}
            name="turnoverTarget"
            value={text}
            onValueChange={setText}
            showProblem={showProblem}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
          />
          <p id={hintId} className="plan__hint">
            {defaultTarget
              ? t('analytics.plan.targetHint', { amount: format.money(defaultTarget) })
              : t('analytics.plan.targetHintNoGoal')}
          </p>
          {invalid && (
            <p id={errorId} className="plan__error" role="alert">
              {t('analytics.plan.invalid')}
            </p>
          )}
        </div>
        <button type="submit" className="button button--secondary">
          {t('analytics.plan.suggest')}
        </button>
      </form>

      {target != null && (
        <QueryView
          result={result}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          loading={<Loading variant="block" />}
        >
          {({ planFromGoal }) => {
            const plan = getFragmentData(PlanSuggestionFieldsFragment, planFromGoal);
            return (
              <div className="plan">
                <section aria-labelledby={`${inputId}-assumptions`}>
                  <h3 id={`${inputId}-assumptions`} className="plan__heading">
                    {t('analytics.plan.assumptionsHeading', {
                      from: format.month(plan.historyFrom),
                      to: format.month(plan.historyTo),
                    })}
                  </h3>
                  {!plan.hasHistory && <p className="plan__note">{t('analytics.plan.noHistory')}</p>}
                  <StatList>
                    <Stat label={t('analytics.plan.averageDeal')} value={format.money(plan.averageDeal)} />
                    <Stat label={t('analytics.plan.dealsPerLead')} value={format.count(plan.dealsPerLead, 2)} />
                    <Stat label={t('analytics.plan.conversion')} value={format.percent(plan.conversion)} />
                    <Stat label={t('analytics.plan.costPerLead')} value={format.money(plan.costPerLead)} />
                    <Stat label={t('analytics.plan.marginPercent')} value={format.percent(plan.marginPercent)} />
                  </StatList>
                </section>
                <section aria-labelledby={`${inputId}-required`}>
                  <h3 id={`${inputId}-required`} className="plan__heading">
                    {t('analytics.plan.requiredHeading', { amount: format.money(plan.turnoverTarget) })}
                  </h3>
                  <StatList>
                    <Stat
                      label={t('analytics.plan.requiredDeals')}
                      value={format.count(plan.requiredDeals)}
                      hint={t('analytics.plan.requiredDealsHint')}
                    />
                    <Stat
                      label={t('analytics.plan.requiredLeads')}
                      value={format.count(plan.requiredLeads)}
                      hint={t('analytics.plan.requiredLeadsHint')}
                    />
                    <Stat
                      label={t('analytics.plan.requiredBudget')}
                      value={format.money(plan.requiredBudget)}
                      hint={t('analytics.plan.requiredBudgetHint')}
                    />
                    <Stat
                      label={t('analytics.plan.expectedMargin')}
                      value={format.money(plan.expectedMargin)}
                      hint={t('analytics.plan.expectedMarginHint')}
                    />
                  </StatList>
                </section>
                <section aria-labelledby={`${inputId}-split`}>
                  <h3 id={`${inputId}-split`} className="plan__heading">
                    {t('analytics.plan.splitHeading')}
                  </h3>
                  <SplitTable split={plan.split} />
                </section>

                <div className="plan__apply">
                  {applied ? (
                    <p className="plan__success" role="status">
                      {t('analytics.plan.applied', { month: format.month(period) })}
                    </p>
                  ) : confirming ? (
                    <div className="plan__confirm" role="alertdialog" aria-labelledby={`${inputId}-confirm`}>
                      <p id={`${inputId}-confirm`}>
                        {t('analytics.plan.confirm', {
                          month: format.month(period),
                          amount: format.money(plan.turnoverTarget),
                        })}
                      </p>
                      <ChangesTable changes={plan.changes} />
                      <div className="plan__confirm-actions">
                        <button
                          type="button"
                          className="button button--primary"
                          disabled={applyResult.fetching}
                          onClick={() => void confirmApply()}
                          autoFocus
                        >
                          {t('analytics.plan.confirmYes')}
                        </button>
                        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                          {t('analytics.plan.cancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
                      {t('analytics.plan.apply')}
                    </button>
                  )}
                  {applyResult.error && !confirming && !applied && (
                    <ErrorBox title={t('analytics.plan.applyFailed')} error={applyResult.error} />
                  )}
                </div>
              </div>
            );
          }}
        </QueryView>
      )}
    </>
  );
}

/** One row per person, a column per planned metric: the target, and the person's share under it. */
function SplitTable({ split }: { split: PlanShareInput[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { metrics, rows } = pivotSplit(split);
  return (
    <table className="data-table data-table--stack plan__split">
      <thead>
        <tr>
          <th scope="col">{t('analytics.plan.person')}</th>
          {metrics.map((metric) => (
            <th scope="col" key={metric} className="data-table__num">
              {t(`metric.${metric}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.employee.id}>
            <th scope="row">{row.employee.fullName}</th>
            {metrics.map((metric) => {
              const cell = row.targets[metric];
              return (
                <td
                  key={metric}
                  data-label={t(`metric.${metric}`)}
                  className={cell ? 'data-table__num' : 'data-table__num plan__split-empty'}
                >
                  {cell ? (
                    <span className="plan__split-cell">
                      <span>{format.metric(metric, cell.target)}</span>
                      {cell.share != null && (
                        <span className="plan__split-share">
                          {t('analytics.plan.shareValue', { share: format.percent(cell.share) })}
                        </span>
                      )}
                    </span>
                  ) : (
                    <span className="muted" aria-label={t('analytics.plan.notPlanned')}>
                      —
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type PlanChange = {
  employee?: { id: string; fullName: string } | null;
  metric: Metric;
  current?: string | null;
  proposed: string;
};

/** What applying sets, against what is set now: the shared goal's targets first, then each person's. */
function ChangesTable({ changes }: { changes: PlanChange[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changed = changes.filter((change) => !sameAmount(change.current, change.proposed));
  if (changed.length === 0) return <p>{t('analytics.plan.noChanges')}</p>;
  return (
    <table className="data-table data-table--stack plan__changes">
      <caption className="plan__changes-caption">
        {t('analytics.plan.changesHeading', { count: changed.length })}
        {changed.length < changes.length &&
          ` ${t('analytics.plan.unchanged', { count: changes.length - changed.length })}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('analytics.plan.whose')}</th>
          <th scope="col">{t('analytics.plan.metric')}</th>
          <th scope="col" className="data-table__num">
            {t('analytics.plan.now')}
          </th>
          <th scope="col" className="data-table__num">
            {t('analytics.plan.after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {changed.map((change) => (
          <tr key={`${change.employee?.id ?? 'goal'}:${change.metric}`}>
            <th scope="row">{change.employee?.fullName ?? t('analytics.plan.sharedGoal')}</th>
            <td data-label={t('analytics.plan.metric')}>{t(`metric.${change.metric}`)}</td>
            <td data-label={t('analytics.plan.now')} className="data-table__num">
              {change.current == null ? t('analytics.plan.notSetNow') : format.metric(change.metric, change.current)}
            </td>
            <td data-label={t('analytics.plan.after')} className="data-table__num">
              {format.metric(change.metric, change.proposed)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
