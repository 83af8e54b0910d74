import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { FormAlert } from '@/components/ui/form';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import { Stat, StatList } from '@/components/ui/stat-list';
import type { BonusRunQuery } from '@/gql/graphql';
import { formErrorsOf } from '@/lib/form-errors';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { CloseBonusPeriodDocument, useBonusRun } from '../api/bonuses';

import { bonusCsv, bonusCsvFilename, downloadCsv } from './bonus-csv';

type BonusRunProps = {
  period: Period;
  /** The company's current month: it and later ones are not over, so they cannot be closed. */
  currentPeriod: Period;
};

/** Owner: the month's bonuses, their total against the month's gross margin, closing, and a CSV. */
export function BonusRunCard({ period, currentPeriod }: BonusRunProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useBonusRun(period);

  return (
    <Card title={t('bonuses.runHeading')} className="bonus-run">
      <p className="muted">{t('bonuses.runIntro', { month: format.month(period) })}</p>
      <QueryView result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} loading={<Loading />}>
        {(data) => <RunBody key={period} run={data.bonusRun} period={period} over={period < currentPeriod} />}
      </QueryView>
    </Card>
  );
}

type Run = BonusRunQuery['bonusRun'];

function RunBody({ run, period, over }: { run: Run; period: Period; over: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();

  function download() {
    const header = [
      t('bonuses.employee'),
      t('bonuses.position'),
      t('bonuses.payout'),
      t('bonuses.csvReason'),
      t('bonuses.targetBonus'),
      t('bonuses.csvSharedCompletion'),
      t('bonuses.personalScore'),
      t('bonuses.csvStatus'),
    ];
    const rows = run.bonuses.map((bonus) => [
      bonus.employee.fullName,
      bonus.employee.position ? t(`position.${bonus.employee.position}`) : '',
      bonus.payout ?? '',
      bonus.reason ? t(`bonuses.runReason${bonus.reason}`) : '',
      bonus.targetBonus ?? '',
      bonus.sharedCompletion ?? '',
      bonus.personalScore ?? '',
      run.closed ? t('bonuses.csvStatusFinal') : t('bonuses.csvStatusOpen'),
    ]);
    rows.push([t('bonuses.total'), '', run.total, '', '', '', '', '']);
    downloadCsv(bonusCsvFilename(period), bonusCsv(header, rows));
  }

  return (
    <div className="bonus-run__body">
      <StatList>
        <Stat label={t('bonuses.total')} value={<span data-testid="run-total">{format.money(run.total)}</span>} />
        <Stat label={t('bonuses.grossMargin')} value={format.money(run.grossMargin)} />
        <Stat
          label={t('bonuses.shareOfMargin')}
          value={<span data-testid="run-share">{format.percent(run.totalShareOfMargin, 1)}</span>}
        />
      </StatList>
      {run.bonuses.length === 0 ? (
        <EmptyState title={t('bonuses.noPeople')} />
      ) : (
        <table className="data-table data-table--stack bonus-run__table">
          <thead>
            <tr>
              <th scope="col">{t('bonuses.employee')}</th>
              <th scope="col">{t('bonuses.position')}</th>
              <th scope="col" className="data-table__num">
                {t('bonuses.payout')}
              </th>
            </tr>
          </thead>
          <tbody>
            {run.bonuses.map((bonus) => (
              <tr key={bonus.employee.id}>
                <th scope="row">{bonus.employee.fullName}</th>
                <td data-label={t('bonuses.position')}>
                  {bonus.employee.position ? t(`position.${bonus.employee.position}`) : '—'}
                </td>
                <td data-label={t('bonuses.payout')} className="data-table__num">
                  {bonus.payout != null ? (
                    format.money(bonus.payout)
                  ) : (
                    <span className="muted">{bonus.reason ? t(`bonuses.runReason${bonus.reason}`) : '—'}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('bonuses.total')}
              </th>
              <td data-label={t('bonuses.total')} className="data-table__num">
                {format.money(run.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={download}>
          {t('bonuses.downloadCsv')}
        </button>
      </div>
      <CloseMonth period={period} closed={run.closed} over={over} />
    </div>
  );
}

/** Closing freezes the payouts for good, so it asks first; only months that are over. */
function CloseMonth({ period, closed, over }: { period: Period; closed: boolean; over: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState(false);
  const [{ fetching, error }, close] = useMutation(CloseBonusPeriodDocument);
  const problems = formErrorsOf(error, []).form;

  if (closed) {
    return (
      <p className="bonus-run__state bonus-run__state--closed" data-testid="run-state">
        {t('bonuses.closedState')}
      </p>
    );
  }
  return (
    <div className="bonus-run__close">
      <p className="bonus-run__state" data-testid="run-state">
        {t('bonuses.openState')} {over ? null : t('bonuses.notOverYet')}
      </p>
      {over &&
        (asking ? (
          <div className="bonus-run__confirm" role="group" aria-label={t('bonuses.closeMonth')}>
            <p>{t('bonuses.closeConfirm', { month: format.month(period) })}</p>
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={fetching}
                onClick={async () => {
                  const result = await close({ period });
                  if (!result.error) setAsking(false);
                }}
              >
                {t('bonuses.confirmClose')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                {t('bonuses.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
            {t('bonuses.closeMonth')}
          </button>
        ))}
      <FormAlert problems={problems} />
    </div>
  );
}
