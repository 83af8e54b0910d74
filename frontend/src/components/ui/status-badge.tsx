import { useTranslation } from 'react-i18next';

import type { PaceStatus } from '@/gql/graphql';

import './status-badge.css';

/** Colour family of a pace status; a met month shares ON_TRACK's green and a missed one BEHIND's red; EARLY, NO_PLAN and NO_DATA share the neutral grey. */
export type StatusTone = 'on-track' | 'at-risk' | 'behind' | 'neutral';

export function statusTone(status: PaceStatus): StatusTone {
  switch (status) {
    case 'ON_TRACK':
    case 'ACHIEVED':
      return 'on-track';
    case 'AT_RISK':
      return 'at-risk';
    case 'BEHIND':
    case 'MISSED':
      return 'behind';
    default:
      return 'neutral';
  }
}

/** The status in words and colour, never colour alone. */
export function StatusBadge({ status }: { status: PaceStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${statusTone(status)}`} data-status={status}>
      <span className="status-badge__dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
