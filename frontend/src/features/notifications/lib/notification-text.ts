import type { TFunction } from 'i18next';

import type { Metric, NotificationKind, PaceStatus } from '@/gql/graphql';

/** What the text of a notification is made from: its kind and parameters, as the API sends them. */
export type NotificationParams = {
  kind: NotificationKind;
  kpi?: Metric | null;
  status?: PaceStatus | null;
  period: string;
  leadId?: string | null;
};

/**
 * The sentence a notification says in the current language (docs/notifications.md): the API sends a kind and
 * parameters, never prose. `month` formats the period ("November 2026").
 */
export function notificationText(n: NotificationParams, t: TFunction, month: (period: string) => string): string {
  const values = { metric: n.kpi ? t(`metric.${n.kpi}`) : '', month: month(n.period), leadId: n.leadId ?? '' };
  switch (n.kind) {
    case 'KPI_STATUS':
      if (n.status === 'AT_RISK') return t('notifications.text.atRisk', values);
      if (n.status === 'BEHIND') return t('notifications.text.behind', values);
      return t('notifications.text.achieved', values);
    case 'GOAL_ACHIEVED':
      return t('notifications.text.goalAchieved', values);
    case 'LEAD_ASSIGNED':
      return t('notifications.text.leadAssigned', values);
    case 'PLAN_CHANGED':
      return t('notifications.text.planChanged', values);
    case 'GOAL_CHANGED':
      return n.kpi ? t('notifications.text.goalTargetChanged', values) : t('notifications.text.goalChanged', values);
  }
}

/** Where a notification leads: the person's month, the team's (the shared goal) or the month's leads. */
export function notificationLink(n: NotificationParams): string {
  const month = `?month=${encodeURIComponent(n.period)}`;
  switch (n.kind) {
    case 'GOAL_ACHIEVED':
    case 'GOAL_CHANGED':
      return `/team${month}`;
    case 'LEAD_ASSIGNED':
      return `/records/leads${month}`;
    default:
      return `/${month}`;
  }
}
