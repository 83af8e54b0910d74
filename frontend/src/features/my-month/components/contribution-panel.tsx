import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Stat, StatList } from '@/components/ui/stat-list';
import { StatusBadge, statusTone } from '@/components/ui/status-badge';
import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { Position } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

import './contribution-panel.css';

export const ContributionPanelContributionFragment = graphql(`
  fragment ContributionPanel_contribution on Contribution {
    turnoverShare
    marginShare
    shareOfTarget
    attributedTurnoverShare
    attributedMarginShare
    attributedShareOfTarget
  }
`);

export const ContributionPanelDashboardFragment = graphql(`
  fragment ContributionPanel_dashboard on Dashboard {
    goal {
      turnoverTarget
    }
    turnoverKpi {
      actual
      target
      completion
      expectedByNow
      status
    }
  }
`);

type ContributionPanelProps = {
  contribution: FragmentType<typeof ContributionPanelContributionFragment>;
  dashboard: FragmentType<typeof ContributionPanelDashboardFragment>;
  position: Position;
  current: boolean;
};

/**
 * My part of the ONE shared goal: the team's progress bar with my share of the target drawn
 * inside it. Marketers are credited with the turnover of deals on their leads.
 */
export function ContributionPanel({
  contribution: contributionRef,
  dashboard: dashboardRef,
  position,
  current,
}: ContributionPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const contribution = getFragmentData(ContributionPanelContributionFragment, contributionRef);
  const { goal, turnoverKpi } = getFragmentData(ContributionPanelDashboardFragment, dashboardRef);

  const marketer = position === 'MARKETER';
  const shares = marketer
    ? {
        turnover: contribution.attributedTurnoverShare,
        margin: contribution.attributedMarginShare,
        target: contribution.attributedShareOfTarget,
      }
    : { turnover: contribution.turnoverShare, margin: contribution.marginShare, target: contribution.shareOfTarget };
  const target = turnoverKpi.target == null ? null : Number(turnoverKpi.target);
  const marker =
    current && target && turnoverKpi.expectedByNow != null ? Number(turnoverKpi.expectedByNow) / target : null;
  const meLabel = marketer ? t('myMonth.legendMyLeads') : t('myMonth.legendMe');

  return (
    <Card title={t('myMonth.contributionHeading')} className="contribution">
      <div className="contribution__goal">
        <div className="contribution__goal-head">
          <span className="contribution__goal-title">{t('myMonth.sharedGoal')}</span>
          <StatusBadge status={turnoverKpi.status} />
        </div>
        {goal ? (
          <>
            <p className="contribution__goal-figures">
              {t('myMonth.goalProgress', {
                actual: format.money(turnoverKpi.actual),
                target: format.money(goal.turnoverTarget),
              })}
            </p>
            <ProgressBar
              size="lg"
              value={turnoverKpi.completion ?? null}
              highlight={shares.target ?? null}
              marker={marker}
              tone={statusTone(turnoverKpi.status)}
              label={t('myMonth.goalBarLabel')}
              valueText={t('myMonth.goalBarText', {
                team: format.percent(turnoverKpi.completion),
                mine: format.percent(shares.target),
              })}
            />
            <ul className="contribution__legend">
              <li>
                <span className="contribution__swatch contribution__swatch--me" aria-hidden="true" />
                {meLabel}: <strong>{format.percent(shares.target)}</strong>
              </li>
              <li>
                <span
                  className={`contribution__swatch contribution__swatch--${statusTone(turnoverKpi.status)}`}
                  aria-hidden="true"
                />
                {t('myMonth.legendTeam')}: <strong>{format.percent(turnoverKpi.completion)}</strong>
              </li>
            </ul>
          </>
        ) : (
          <p className="muted contribution__no-goal">{t('myMonth.noGoal')}</p>
        )}
      </div>
      <StatList compact>
        <Stat
          label={marketer ? t('myMonth.attributedTurnoverShare') : t('myMonth.turnoverShare')}
          value={format.percent(shares.turnover)}
        />
        <Stat
          label={marketer ? t('myMonth.attributedMarginShare') : t('myMonth.marginShare')}
          value={format.percent(shares.margin)}
        />
        <Stat
          label={marketer ? t('myMonth.attributedShareOfTarget') : t('myMonth.shareOfTarget')}
          value={format.percent(shares.target)}
        />
      </StatList>
    </Card>
  );
}
