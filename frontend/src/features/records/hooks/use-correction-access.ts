import { useCompany } from '@/lib/company';
import { addMonths, periodOf, type Period } from '@/lib/period';

import { useRecordsPerson } from './use-records-person';

/**
 * Whether the signed-in person may correct or void a record of `period` whose author is
 * `authorId` (docs/decisions.md, "Who may correct"): an owner any record; the author their own
 * in the current month or the previous one. Only a convenience: the API decides, and its refusal
 * lands in the form's alert.
 */
export function useMayCorrect(): (authorId: string, period: Period) => boolean {
  const me = useRecordsPerson();
  const { today } = useCompany();
  const earliest = addMonths(periodOf(today), -1);
  return (authorId, period) => me.role === 'OWNER' || (authorId === me.id && period >= earliest);
}
