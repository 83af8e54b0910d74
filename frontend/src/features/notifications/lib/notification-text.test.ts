import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';
import { formatMonth } from '@/lib/format';

import { notificationLink, notificationText, type NotificationParams } from './notification-text';

function say(n: NotificationParams, language: 'en' | 'ru') {
  const t = i18n.getFixedT(language);
  return notificationText(n, t, (period) => formatMonth(period, language));
}

describe('notificationText', () => {
  const atRisk: NotificationParams = { kind: 'KPI_STATUS', kpi: 'TURNOVER', status: 'AT_RISK', period: '2026-11' };

  it('says a KPI status change with the metric and the month, in English and Russian', () => {
    expect(say(atRisk, 'en')).toBe('Turnover: the plan is at risk (November 2026)');
    expect(say({ ...atRisk, status: 'BEHIND' }, 'en')).toBe('Turnover: behind the plan (November 2026)');
    expect(say({ ...atRisk, status: 'ACHIEVED' }, 'en')).toBe('Turnover: plan achieved (November 2026)');
    expect(say(atRisk, 'ru')).toBe('Оборот: выполнение плана под угрозой (Ноябрь 2026 г.)');
    expect(say({ ...atRisk, status: 'BEHIND' }, 'ru')).toBe('Оборот: отставание от плана (Ноябрь 2026 г.)');
    expect(say({ ...atRisk, status: 'ACHIEVED' }, 'ru')).toBe('Оборот: план выполнен (Ноябрь 2026 г.)');
  });

  it('says the other kinds with their parameters', () => {
    const lead: NotificationParams = { kind: 'LEAD_ASSIGNED', period: '2026-11', leadId: '42' };
    expect(say(lead, 'en')).toBe('Lead #42 was handed to you (November 2026)');
    expect(say(lead, 'ru')).toBe('Вам передан лид №42 (Ноябрь 2026 г.)');
    const plan: NotificationParams = { kind: 'PLAN_CHANGED', kpi: 'LEADS', period: '2026-12' };
    expect(say(plan, 'en')).toBe('Your plan changed: Leads (December 2026)');
    expect(say(plan, 'ru')).toBe('Ваш план изменён: Лиды (Декабрь 2026 г.)');
    const goal: NotificationParams = {
      kind: 'GOAL_ACHIEVED',
      kpi: 'GROSS_MARGIN',
      status: 'ACHIEVED',
      period: '2026-11',
    };
    expect(say(goal, 'en')).toBe('The team reached the shared goal: Gross margin (November 2026)');
    expect(say(goal, 'ru')).toMatch(/^Общая цель достигнута: Валовая маржа \(Ноябрь 2026 г\.\)$/);
    expect(say({ kind: 'GOAL_CHANGED', period: '2026-11' }, 'en')).toBe('The shared goal changed (November 2026)');
    expect(say({ kind: 'GOAL_CHANGED', kpi: 'TURNOVER', period: '2026-11' }, 'ru')).toBe(
      'Общая цель изменена: Оборот (Ноябрь 2026 г.)',
    );
  });

  it('links each kind where its figures are', () => {
    expect(notificationLink(atRisk)).toBe('/?month=2026-11');
    expect(notificationLink({ kind: 'LEAD_ASSIGNED', period: '2026-11', leadId: '42' })).toBe(
      '/records/leads?month=2026-11',
    );
    expect(notificationLink({ kind: 'GOAL_ACHIEVED', kpi: 'TURNOVER', period: '2026-11' })).toBe('/team?month=2026-11');
  });
});
