import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { NotTargetLeadsQuery } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

import { ContestForm } from './contest-form';
import { DisputeBadge } from './dispute-badge';

export type NotTargetLeadNode = NotTargetLeadsQuery['leads']['edges'][number]['node'];

type NotTargetLeadProps = {
  lead: NotTargetLeadNode;
  /** Only the lead's marketer may contest the mark. */
  canContest: boolean;
};

/** A lead marked not target: its path from the marketer to the loss, and the dispute or a Contest button. */
export function NotTargetLead({ lead, canContest }: NotTargetLeadProps) {
  const { t } = useTranslation();
  const dates = useFormat();
  const [contesting, setContesting] = useState(false);
  const contestButton = useRef<HTMLButtonElement>(null);
  const wasContesting = useRef(false);
  // Cancelling the form gives the focus back to the button that opened it.
  useEffect(() => {
    if (!contesting && wasContesting.current) contestButton.current?.focus();
    wasContesting.current = contesting;
  }, [contesting]);
  const channel = lead.channel.name;
  const created = dates.dayOf(lead.createdAt);

  return (
    <li className="dispute">
      <div className="dispute__header">
        <h3 className="dispute__title">
          {t('disputes.leadTitle', { channel, date: created })}
          {lead.externalId && <span className="dispute__external"> · {lead.externalId}</span>}
        </h3>
        {lead.dispute ? (
          <DisputeBadge status={lead.dispute.status} verdict={lead.dispute.verdict} />
        ) : (
          canContest &&
          !contesting && (
            <button
              ref={contestButton}
              type="button"
              className="button button--secondary"
              onClick={() => setContesting(true)}
            >
              {t('disputes.contest')}
            </button>
          )
        )}
      </div>
      <ol className="lead-path" aria-label={t('disputes.pathLabel')}>
        <li>
          {t('disputes.created', { marketer: lead.marketer.fullName, channel })}
          <span className="lead-path__when">{dates.dateTime(lead.createdAt)}</span>
        </li>
        <li>
          {lead.assignee ? t('disputes.handed', { salesperson: lead.assignee.fullName }) : t('disputes.notHanded')}
          {lead.assignedAt && <span className="lead-path__when">{dates.dateTime(lead.assignedAt)}</span>}
        </li>
        <li>
          {lead.status === 'LOST'
            ? t('disputes.lost', { reason: lead.lostReason ? t(`lostReason.${lead.lostReason}`) : '—' })
            : lead.status === 'WON'
              ? t('disputes.won')
              : t('disputes.open')}
          {lead.closedAt && <span className="lead-path__when">{dates.dateTime(lead.closedAt)}</span>}
        </li>
      </ol>
      {!lead.dispute && contesting && (
        <ContestForm leadId={lead.id} channel={channel} date={created} onDone={() => setContesting(false)} />
      )}
    </li>
  );
}
