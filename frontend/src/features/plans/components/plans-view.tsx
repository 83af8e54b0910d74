import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Period } from '@/lib/period';

import { usePlansMonth } from '../api/plans';

import { PersonalPlansTable, type PlannedPerson } from './personal-plans-table';
import { PlanCoverage } from './plan-coverage';
import { SharedGoalForm } from './shared-goal-form';

import './plans-view.css';

/** Owner: the month's shared goal, how far the personal plans cover it, and everyone's personal targets. */
export function PlansView({ period }: { period: Period }) {
  const { t } = useTranslation();
  const [result, reexecute] = usePlansMonth(period);

  return (
    <QueryView
      result={result}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      loading={<Loading variant="cards" count={2} />}
    >
      {({ sharedGoal, personalPlans, employees }) => {
        const people = employees.filter((e): e is typeof e & PlannedPerson => e.active && e.position != null);
        return (
          <div className="plans">
            <Card title={t('plans.goalHeading')}>
              <p className="plans__intro">{t('plans.goalIntro')}</p>
              <p className="plans__intro">
                <Link to={`/analytics?month=${period}`}>{t('plans.suggestFromGoal')}</Link>
              </p>
              {/* A new month starts the form from that month's saved goal, not the last month's typing. */}
              <SharedGoalForm key={period} period={period} goal={sharedGoal} />
            </Card>
            <PlanCoverage period={period} />
            <Card title={t('plans.personalHeading')}>
              <p className="plans__intro">{t('plans.personalIntro')}</p>
              {people.length === 0 ? (
                <EmptyState title={t('plans.noPeople')} />
              ) : (
                <PersonalPlansTable period={period} people={people} plans={personalPlans} />
              )}
            </Card>
          </div>
        );
      }}
    </QueryView>
  );
}
