import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import type { DisputeVerdict } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

import { DisputeCardDisputeFragment } from '../api/disputes';

import { DisputeBadge } from './dispute-badge';
import { RulingForm } from './ruling-form';

type DisputeCardProps = {
  dispute: FragmentType<typeof DisputeCardDisputeFragment>;
  /** An owner: open disputes get Uphold and Overturn. */
  canRule: boolean;
};

/** One dispute: the lead, who contested it and why, and the ruling once there is one. */
export function DisputeCard({ dispute: ref, canRule }: DisputeCardProps) {
  const { t } = useTranslation();
  const dates = useFormat();
  const dispute = getFragmentData(DisputeCardDisputeFragment, ref);
  const [ruling, setRuling] = useState<DisputeVerdict | null>(null);
  const actions = useRef<HTMLDivElement>(null);
  const lastRuling = useRef<DisputeVerdict | null>(null);
  // Cancelling the form gives the focus back to the button that opened it.
  useEffect(() => {
    if (!ruling && lastRuling.current) {
      actions.current?.querySelector<HTMLButtonElement>(`[data-verdict="${lastRuling.current}"]`)?.focus();
    }
    lastRuling.current = ruling;
  }, [ruling]);
  const channel = dispute.lead.channel.name;

  return (
    <li className="dispute">
      <div className="dispute__header">
        <h3 className="dispute__title">
          {t('disputes.leadTitle', { channel, date: dates.dayOf(dispute.lead.createdAt) })}
        </h3>
        <DisputeBadge status={dispute.status} verdict={dispute.verdict} />
      </div>
      <dl className="dispute__texts">
        <div>
          <dt>{t('disputes.comment')}</dt>
          <dd>
            <p className="dispute__text">{dispute.comment}</p>
            <p className="dispute__meta">
              {t('disputes.openedBy', { name: dispute.openedBy.fullName, date: dates.dateTime(dispute.openedAt) })}
            </p>
          </dd>
        </div>
        {dispute.status === 'RESOLVED' && (
          <div>
            <dt>{t('disputes.resolution')}</dt>
            <dd>
              <p className="dispute__text">{dispute.resolution}</p>
              {dispute.resolvedBy && dispute.resolvedAt && (
                <p className="dispute__meta">
                  {t('disputes.resolvedBy', {
                    name: dispute.resolvedBy.fullName,
                    date: dates.dateTime(dispute.resolvedAt),
                  })}
                </p>
              )}
            </dd>
          </div>
        )}
      </dl>
      {canRule &&
        dispute.status === 'OPEN' &&
        (ruling ? (
          <RulingForm disputeId={dispute.id} verdict={ruling} channel={channel} onDone={() => setRuling(null)} />
        ) : (
          <div className="dispute__actions" ref={actions}>
            <button
              type="button"
              className="button button--secondary"
              data-verdict="UPHELD"
              onClick={() => setRuling('UPHELD')}
            >
              {t('disputes.uphold')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-verdict="OVERTURNED"
              onClick={() => setRuling('OVERTURNED')}
            >
              {t('disputes.overturn')}
            </button>
          </div>
        ))}
    </li>
  );
}
