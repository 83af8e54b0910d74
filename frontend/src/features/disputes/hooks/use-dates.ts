import { useMemo } from 'react';

import { useCompany } from '@/lib/company';
import { useFormat } from '@/lib/use-format';

/** Moments in the company's time zone, written for the chosen language (as on Records). */
export function useDates() {
  const { timeZone } = useCompany();
  const { language } = useFormat();
  return useMemo(() => {
    const dayFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
    const momentFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    return {
      /** The calendar day of a moment: "Nov 5, 2026". */
      day: (dateTime: string) => dayFormat.format(new Date(dateTime)),
      moment: (dateTime: string) => momentFormat.format(new Date(dateTime)),
    };
  }, [language, timeZone]);
}
