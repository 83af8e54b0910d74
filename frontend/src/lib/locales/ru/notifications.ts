import type { Translation } from '../en';

/** Russian texts of notifications (lib/locales/ru.ts puts every part together). */
export const notifications: Translation['notifications'] = {
  bell: 'Уведомления',
  bellUnread: 'Уведомления, непрочитанных: {{count}}',
  title: 'Уведомления',
  markAllRead: 'Прочитать все',
  empty:
    'Пока уведомлений нет. Они появятся, когда ваш показатель сменит статус, вам передадут лид или изменится ваш план.',
  unread: 'Не прочитано',
  failed: 'Не удалось загрузить уведомления.',
  retry: 'Повторить',
  text: {
    atRisk: '{{metric}}: выполнение плана под угрозой ({{month}})',
    behind: '{{metric}}: отставание от плана ({{month}})',
    achieved: '{{metric}}: план выполнен ({{month}})',
    goalAchieved: 'Общая цель достигнута: {{metric}} ({{month}})',
    leadAssigned: 'Вам передан лид №{{leadId}} ({{month}})',
    planChanged: 'Ваш план изменён: {{metric}} ({{month}})',
    goalChanged: 'Общая цель изменена ({{month}})',
    goalTargetChanged: 'Общая цель изменена: {{metric}} ({{month}})',
  },
};
