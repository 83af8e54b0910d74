import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Loading } from '@/components/ui/loading';
import { ProgressBar } from '@/components/ui/progress-bar';
import { QueryView } from '@/components/ui/query-view';
import type { PlanCoverageQuery } from '@/gql/graphql';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { usePlanCoverage } from '../api/plans';

import './plan-coverage.css';

type Coverage = PlanCoverageQuery['planCoverage'];

/** A coverage below this is a plan that does not add up to the goal. */
const FULL = 1;

/** Owner: how far the sellers' and marketers' personal plans add up to the month's shared goal. */
export function PlanCoverage({ period }: { period: Period }) {
  const { t } = useTranslation();
  const [result, reexecute] = usePlanCoverage(period);
  return (
    <Card title={t('plans.coverage.heading')}>
      <p className="plans__intro">{t('plans.coverage.intro')}</p>
      <QueryView
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loading={<Loading variant="block" />}
      >
        {({ planCoverage }) => <CoverageRows coverage={planCoverage} />}
      </QueryView>
    </Card>
  );
}

function CoverageRows({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const noGoal = coverage.turnoverTarget == null && coverage.grossMarginTarget == null;

  const short = [
    { name: t('metric.TURNOVER'), value: coverage.turnoverCoverage },
    { name: t('metric.GROSS_MARGIN'), value: coverage.grossMarginCoverage },
    { name: t('metric.LEADS'), value: coverage.leadsCoverage },
  ].filter((row) => row.value != null && row.value < FULL);

  return (
    <div className="coverage">
      {noGoal ? (
        <p className="coverage__note">{t('plans.coverage.noGoal')}</p>
      ) : (
        short.length > 0 && (
          <div className="coverage__warning" role="alert">
            <span aria-hidden="true" className="coverage__warning-icon">
              !
            </span>
            <p>
              {t('plans.coverage.warning', {
                list: short.map((row) => `${row.name} ${format.percent(row.value)}`).join(', '),
              })}
            </p>
          </div>
        )
      )}
      <ul className="coverage__list">
        <CoverageRow
          title={t('plans.coverage.turnover')}
          goal={coverage.turnoverTarget == null ? null : format.money(coverage.turnoverTarget)}
          planned={format.money(coverage.plannedTurnover)}
          plannedLabel={t('plans.coverage.sellersTurnover')}
          coverage={coverage.turnoverCoverage}
        />
        <CoverageRow
          title={t('plans.coverage.grossMargin')}
          goal={coverage.grossMarginTarget == null ? null : format.money(coverage.grossMarginTarget)}
          planned={format.money(coverage.plannedGrossMargin)}
          plannedLabel={t('plans.coverage.sellersGrossMargin')}
          coverage={coverage.grossMarginCoverage}
        />
        <CoverageRow
          title={t('plans.coverage.leads')}
          goal={coverage.requiredLeads == null ? null : format.count(coverage.requiredLeads)}
          goalLabel={t('plans.coverage.requiredLeads')}
          planned={format.count(coverage.plannedLeads)}
          plannedLabel={t('plans.coverage.marketersLeads')}
          coverage={coverage.leadsCoverage}
          missing={
            // Without a goal the note above says it all.
            coverage.turnoverTarget == null
              ? undefined
              : coverage.requiredLeads == null
                ? t('plans.coverage.noHistory')
                : t('plans.coverage.noLeadsNeeded')
          }
        />
      </ul>
    </div>
  );
}

type CoverageRowProps = {
  title: string;
  /** The goal's figure, formatted; null when there is none. */
  goal: string | null;
  goalLabel?: string;
  planned: string;
  plannedLabel: string;
  coverage: number | null | undefined;
  /** Why there is no coverage to show. */
  missing?: string;
};

function CoverageRow({ title, goal, goalLabel, planned, plannedLabel, coverage, missing }: CoverageRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const below = coverage != null && coverage < FULL;
  const percent = coverage == null ? null : format.percent(coverage);
  return (
    <li className="coverage__row" aria-labelledby={titleId}>
      <h3 id={titleId} className="coverage__title">
        {title}
      </h3>
      <dl className="coverage__figures">
        <div>
          <dt>{goalLabel ?? t('plans.coverage.goal')}</dt>
          <dd>{goal ?? t('plans.notSet')}</dd>
        </div>
        <div>
          <dt>{plannedLabel}</dt>
          <dd>{planned}</dd>
        </div>
        <div>
          <dt>{t('plans.coverage.covered')}</dt>
          <dd className={below ? 'coverage__percent coverage__percent--below' : 'coverage__percent'}>
            {percent == null ? '—' : below ? t('plans.coverage.belowValue', { percent }) : percent}
          </dd>
        </div>
      </dl>
      <ProgressBar
        value={coverage ?? null}
        tone={coverage == null ? 'neutral' : below ? 'at-risk' : 'on-track'}
        label={t('plans.coverage.barLabel', { title })}
        valueText={percent ?? t('plans.coverage.noCoverage')}
      />
      {coverage == null && missing && <p className="coverage__note">{missing}</p>}
    </li>
  );
}
