import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import { Stat, StatList } from '@/components/ui/stat-list';
import { useFormat } from '@/lib/use-format';

import { useSpanTotals } from '../api/get-span-totals';
import type { Span } from '../lib/span';

/** The company's totals for a month, quarter or year: sums, and ratios recomputed from the sums. */
export function SpanTotals({ span, title }: { span: Span; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useSpanTotals(span.from, span.to);

  const progress = (completion: number | null | undefined, target: string | null | undefined) =>
    target == null
      ? t('analytics.span.noGoal')
      : t('analytics.span.progressValue', { completion: format.percent(completion), target: format.money(target) });

  return (
    <Card title={title} className="analytics__span">
      <QueryView
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loading={<Loading variant="block" />}
      >
        {({ dashboard }) => {
          const empty = Number(dashboard.turnover) === 0 && dashboard.leads === 0 && Number(dashboard.spend) === 0;
          return (
            <>
              {empty ? (
                <EmptyState title={t('analytics.span.empty')} hint={t('common.noDataHint')} />
              ) : (
                <StatList>
                  <Stat label={t('team.turnover')} value={format.money(dashboard.turnover)} />
                  <Stat label={t('team.grossMargin')} value={format.money(dashboard.grossMargin)} />
                  <Stat label={t('team.marginPercent')} value={format.percent(dashboard.marginPercent)} />
                  <Stat label={t('team.leads')} value={format.count(dashboard.leads)} />
                  <Stat label={t('team.spend')} value={format.money(dashboard.spend)} />
                  <Stat label={t('team.costPerLead')} value={format.money(dashboard.costPerLead)} />
                  <Stat label={t('team.leadConversion')} value={format.percent(dashboard.leadConversion)} />
                  <Stat label={t('team.newClients')} value={format.count(dashboard.newClients)} />
                  <Stat
                    label={t('analytics.span.turnoverGoal')}
                    value={format.percent(dashboard.turnoverKpi.completion)}
                    hint={progress(dashboard.turnoverKpi.completion, dashboard.turnoverKpi.target)}
                  />
                  <Stat
                    label={t('analytics.span.marginGoal')}
                    value={format.percent(dashboard.grossMarginKpi.completion)}
                    hint={progress(dashboard.grossMarginKpi.completion, dashboard.grossMarginKpi.target)}
                  />
                </StatList>
              )}
              <p className="analytics__note">
                {t(span.scale === 'month' ? 'analytics.span.noteMonth' : 'analytics.span.note')}
              </p>
            </>
          );
        }}
      </QueryView>
    </Card>
  );
}
