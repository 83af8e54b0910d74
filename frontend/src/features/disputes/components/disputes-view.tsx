import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { PagedList } from '@/components/ui/paged-list';
import type { DisputeStatus, Position, Role } from '@/gql/graphql';
import type { Period } from '@/lib/period';

import { DisputesDocument, NotTargetLeadsDocument } from '../api/disputes';

import { DisputeCard } from './dispute-card';
import { NotTargetLead } from './not-target-lead';

import './disputes-view.css';

export type DisputesPerson = { id: string; role: Role; position?: Position | null };

type Filter = DisputeStatus | 'ALL';
const FILTERS: Filter[] = ['OPEN', 'RESOLVED', 'ALL'];

// Contesting and ruling answer a Dispute and its Lead; both lists name the two so urql refetches
// them, also when they were empty before.
const LIST_TYPENAMES = ['Dispute', 'Lead'];

type DisputesViewProps = {
  me: DisputesPerson;
  period: Period;
};

/** The marketer's leads marked not target (to contest) and the disputes the person may see (owners rule). */
export function DisputesView({ me, period }: DisputesViewProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('OPEN');
  const isOwner = me.role === 'OWNER';

  return (
    <div className="disputes">
      {me.position === 'MARKETER' && (
        <Card title={t('disputes.leadsHeading')}>
          <p className="disputes__intro">{t('disputes.leadsIntro')}</p>
          <PagedList
            key={period}
            query={NotTargetLeadsDocument}
            variables={{ period }}
            connection={(data) => data.leads}
            typenames={LIST_TYPENAMES}
            label={t('disputes.leadsCaption')}
            emptyTitle={t('disputes.leadsEmpty')}
            item={(lead) => <NotTargetLead key={lead.id} lead={lead} canContest={lead.marketer.id === me.id} />}
          />
        </Card>
      )}
      <Card
        title={t('disputes.listHeading')}
        actions={
          <div className="segmented" role="group" aria-label={t('disputes.filterLabel')}>
            {FILTERS.map((value) => (
              <button
                key={value}
                type="button"
                className="segmented__option"
                aria-pressed={filter === value}
                onClick={() => setFilter(value)}
              >
                {t(`disputes.filter.${value}`)}
              </button>
            ))}
          </div>
        }
      >
        <PagedList
          key={filter}
          query={DisputesDocument}
          variables={{ status: filter === 'ALL' ? null : filter }}
          connection={(data) => data.disputes}
          typenames={LIST_TYPENAMES}
          label={t('disputes.listHeading')}
          emptyTitle={t(`disputes.listEmpty.${filter}`)}
          total={(count) => t('disputes.total', { count })}
          item={(dispute) => <DisputeCard key={dispute.id} dispute={dispute} canRule={isOwner} />}
        />
      </Card>
    </div>
  );
}
