import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Metric } from '@/gql/graphql';

import { useCompany } from './company';
import {
  formatCount,
  formatMoney,
  formatMoneyCompact,
  formatMonth,
  formatMonthShort,
  formatPercent,
  type Numeric,
} from './format';
import { metricKind } from './metrics';

/** Money from this amount up is shown compact on KPI cards, exact on hover or focus. */
const COMPACT_FROM = 100_000;

/** Formatters bound to the chosen language and the company currency. */
export function useFormat() {
  const { i18n, t } = useTranslation();
  const { currency, timeZone } = useCompany();
  const language = i18n.resolvedLanguage ?? i18n.language;

  return useMemo(() => {
    const money = (value: Numeric) => formatMoney(value, currency, language);
    const percent = (ratio: Numeric, digits?: number) => formatPercent(ratio, language, digits);
    const count = (value: Numeric, digits?: number) => formatCount(value, language, digits);
    const metricOf = (metric: Metric, value: Numeric, fractional = false) => {
      switch (metricKind(metric)) {
        case 'money':
          return money(value);
        case 'ratio':
          return percent(value);
        case 'count':
          return count(value, fractional ? 1 : 0);
      }
    };
    return {
      language,
      money,
      moneyCompact: (value: Numeric) => formatMoneyCompact(value, currency, language),
      percent,
      count,
      /** The unit of a change in a ratio: "pp" / "п. п.". */
      percentPoints: t('kpi.percentPoints'),
      month: (period: string) => formatMonth(period, language),
      /** A moment (ISO-8601) as date and time in the company's time zone. */
      dateTime: (moment: string) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
          new Date(moment),
        ),
      /** A calendar day ("2026-11-05") as "Nov 5, 2026" / "5 нояб. 2026 г.", whatever the time zone. */
      day: (day: string) => {
        const [y, m, d] = day.split('-').map(Number);
        return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(Date.UTC(y, m - 1, d)),
        );
      },
      /** The company's calendar day of a moment (ISO-8601): "Nov 5, 2026". */
      dayOf: (moment: string) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(new Date(moment)),
      monthShort: (period: string) => formatMonthShort(period, language),
      /** A KPI value in its metric's unit; `fractional` keeps a decimal on counts (forecasts, paces). */
      metric: metricOf,
      /**
       * A KPI value for a card, where space is tight: money of ₽100,000 or more is compact ("₽12.3M",
       * "12,3 млн ₽"); `exact` is the full value when the short one is compact, otherwise null.
       */
      metricShort: (metric: Metric, value: Numeric, fractional = false) => {
        const exact = metricOf(metric, value, fractional);
        const number = value == null ? NaN : Number(value);
        if (metricKind(metric) !== 'money' || !Number.isFinite(number) || Math.abs(number) < COMPACT_FROM) {
          return { text: exact, exact: null };
        }
        return { text: formatMoneyCompact(value, currency, language), exact };
      },
    };
  }, [currency, language, t, timeZone]);
}
