import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

import { useCompany } from '@/lib/company';
import { addMonths, isPeriod, periodOf, type Period } from '@/lib/period';

/** How far back the month picker goes, and how far ahead (plans can be set in advance). */
const MONTHS_BACK = 24;
const MONTHS_AHEAD = 2;

export type SelectedMonth = {
  period: Period;
  setPeriod: (period: Period) => void;
  /** The company's current month (its time zone decides, not the browser's). */
  currentPeriod: Period;
  isCurrent: boolean;
  min: Period;
  max: Period;
};

/** The month in the URL (`?month=2026-11`), defaulting to the company's current month. */
export function useSelectedMonth(): SelectedMonth {
  const { today } = useCompany();
  const [searchParams, setSearchParams] = useSearchParams();
  const currentPeriod = periodOf(today);
  const min = addMonths(currentPeriod, -MONTHS_BACK);
  const max = addMonths(currentPeriod, MONTHS_AHEAD);
  const requested = searchParams.get('month');
  const period = isPeriod(requested) && requested >= min && requested <= max ? requested : currentPeriod;

  const setPeriod = useCallback(
    (next: Period) =>
      setSearchParams(
        (params) => {
          const updated = new URLSearchParams(params);
          if (next === currentPeriod) updated.delete('month');
          else updated.set('month', next);
          return updated;
        },
        { replace: true },
      ),
    [currentPeriod, setSearchParams],
  );

  return { period, setPeriod, currentPeriod, isCurrent: period === currentPeriod, min, max };
}
