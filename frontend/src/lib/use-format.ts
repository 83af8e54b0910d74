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

/** Formatters bound to the chosen language and the company currency. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { currency } = useCompany();
  const language = i18n.resolvedLanguage ?? i18n.language;

  return useMemo(() => {
    const money = (value: Numeric) => formatMoney(value, currency, language);
    const percent = (ratio: Numeric, digits?: number) => formatPercent(ratio, language, digits);
    const count = (value: Numeric, digits?: number) => formatCount(value, language, digits);
    return {
      language,
      money,
      moneyCompact: (value: Numeric) => formatMoneyCompact(value, currency, language),
      percent,
      count,
      month: (period: string) => formatMonth(period, language),
      monthShort: (period: string) => formatMonthShort(period, language),
      /** A KPI value in its metric's unit; `fractional` keeps a decimal on counts (forecasts, paces). */
      metric: (metric: Metric, value: Numeric, fractional = false) => {
        switch (metricKind(metric)) {
          case 'money':
            return money(value);
          case 'ratio':
            return percent(value);
          case 'count':
            return count(value, fractional ? 1 : 0);
        }
      },
    };
  }, [currency, language]);
}
