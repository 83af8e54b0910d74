import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import { Stat, StatList } from '@/components/ui/stat-list';
import type { MyBonusQuery } from '@/gql/graphql';
import { useLiveKpis } from '@/hooks/use-live-kpis';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { useMyBonus } from '../api/get-my-bonus';

import './my-bonus-card.css';

type MyBonusCardProps = {
  employeeId: string;
  period: Period;
  /** The company's current month: only it has an "at this pace" forecast. */
  current: boolean;
};

/** The signed-in person's bonus: so far, at this pace, what the shared plan's gate needs, and its parts. */
export function MyBonusCard({ employeeId, period, current }: MyBonusCardProps) {
  const { t } = useTranslation();
  const [result, reexecute] = useMyBonus(employeeId, period);
  useLiveKpis(period, () => reexecute({ requestPolicy: 'network-only' }));
  return (
    <Card title={t('bonuses.myHeading')} className="my-bonus">
      <QueryView result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} loading={<Loading />}>
        {(data) => <MyBonusBody bonus={data.bonus} current={current} />}
      </QueryView>
    </Card>
  );
}

type Bonus = MyBonusQuery['bonus'];

export function MyBonusBody({ bonus, current }: { bonus: Bonus; current: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (ratio: number | null | undefined) => format.percent(ratio, 0);

  return (
    <div className="my-bonus__body">
      {bonus.payout == null ? (
        <p className="my-bonus__reason" role="note">
          {bonus.reason ? t(`bonuses.reason${bonus.reason}`) : t('common.noData')}
        </p>
      ) : (
        <StatList>
          <Stat
            label={bonus.closed ? t('bonuses.final') : t('bonuses.soFar')}
            value={<span data-testid="bonus-payout">{format.money(bonus.payout)}</span>}
          />
          {current && !bonus.closed && bonus.forecastPayout != null && (
            <Stat
              label={t('bonuses.atThisPace')}
              value={<span data-testid="bonus-forecast">{format.money(bonus.forecastPayout)}</span>}
            />
          )}
          <Stat label={t('bonuses.targetBonus')} value={format.money(bonus.targetBonus)} />
        </StatList>
      )}
      {bonus.closed && <p className="my-bonus__closed">{t('bonuses.closedNote')}</p>}
      {bonus.sharedCompletion != null && bonus.sharedFactor != null && (
        <p className="my-bonus__gate" data-testid="bonus-gate">
          {bonus.sharedFactor === 0
            ? t('bonuses.gateNotReached', { completion: percent(bonus.sharedCompletion) })
            : t('bonuses.gateReached', {
                completion: percent(bonus.sharedCompletion),
                factor: percent(bonus.sharedFactor),
              })}
        </p>
      )}
      {bonus.components.length > 0 && (
        <div className="my-bonus__table-wrap">
          <table className="data-table data-table--stack my-bonus__table">
            <caption>{t('bonuses.componentsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bonuses.kpi')}</th>
                <th scope="col" className="data-table__num">
                  {t('bonuses.weight')}
                </th>
                <th scope="col" className="data-table__num">
                  {t('bonuses.completion')}
                </th>
                <th scope="col" className="data-table__num">
                  {t('bonuses.counts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bonus.components.map((component) => (
                <tr key={component.metric}>
                  <th scope="row">{t(`metric.${component.metric}`)}</th>
                  <td data-label={t('bonuses.weight')} className="data-table__num">
                    {percent(component.weight)}
                  </td>
                  <td data-label={t('bonuses.completion')} className="data-table__num">
                    {percent(component.completion)}
                  </td>
                  <td data-label={t('bonuses.counts')} className="data-table__num">
                    {percent(component.capped)}
                  </td>
                </tr>
              ))}
            </tbody>
            {bonus.personalScore != null && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('bonuses.personalScore')}
                  </th>
                  <td className="data-table__num">{percent(bonus.personalScore)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      <p className="muted my-bonus__team">{t('bonuses.teamNote')}</p>
    </div>
  );
}
