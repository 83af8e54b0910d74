/** English texts of notifications (lib/locales/en.ts puts every part together). */
export const notifications = {
  bell: 'Notifications',
  bellUnread: 'Notifications, {{count}} unread',
  title: 'Notifications',
  markAllRead: 'Mark all read',
  empty: 'Nothing yet. You will hear here when a KPI of yours turns, a lead is handed to you or your plan changes.',
  unread: 'Unread',
  failed: 'Notifications could not be loaded.',
  retry: 'Try again',
  text: {
    atRisk: '{{metric}}: the plan is at risk ({{month}})',
    behind: '{{metric}}: behind the plan ({{month}})',
    achieved: '{{metric}}: plan achieved ({{month}})',
    goalAchieved: 'The team reached the shared goal: {{metric}} ({{month}})',
    leadAssigned: 'Lead #{{leadId}} was handed to you ({{month}})',
    planChanged: 'Your plan changed: {{metric}} ({{month}})',
    goalChanged: 'The shared goal changed ({{month}})',
    goalTargetChanged: 'The shared goal changed: {{metric}} ({{month}})',
  },
};
