import { useMemo } from 'react';

import { useCompany } from '@/lib/company';
import { useFormat } from '@/lib/use-format';

/** Days and moments in the company's time zone, written for the chosen language. */
export function useDates() {
  const { timeZone } = useCompany();
  const { language } = useFormat();
  return useMemo(() => {
    const dayFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const momentFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    return {
      /** "2026-11-05" → "Nov 5, 2026" / "5 нояб. 2026 г." */
      day: (day: string) => {
        const [y, m, d] = day.split('-').map(Number);
        return dayFormat.format(new Date(Date.UTC(y, m - 1, d)));
      },
      moment: (dateTime: string) => momentFormat.format(new Date(dateTime)),
    };
  }, [language, timeZone]);
}
