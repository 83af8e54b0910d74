import { useTranslation } from 'react-i18next';

import type { DisputeStatus, DisputeVerdict } from '@/gql/graphql';

/** Where a dispute stands, in words: waiting, or the verdict. */
export function DisputeBadge({ status, verdict }: { status: DisputeStatus; verdict?: DisputeVerdict | null }) {
  const { t } = useTranslation();
  if (status === 'OPEN' || !verdict) {
    return (
      <span className="dispute-badge dispute-badge--open" data-status={status}>
        {t(`disputes.status.${status}`)}
      </span>
    );
  }
  return (
    <span
      className={`dispute-badge dispute-badge--${verdict.toLowerCase()}`}
      data-status={status}
      data-verdict={verdict}
    >
      {t(`disputes.verdict.${verdict}`)}
    </span>
  );
}
