import type { Position, Role } from '@/gql/graphql';

export const RECORD_TABS = ['leads', 'deals', 'clients', 'spend', 'channels'] as const;
export type RecordTab = (typeof RECORD_TABS)[number];

export type RecordsAccess = {
  tabs: RecordTab[];
  recordSpend: boolean;
  recordLead: boolean;
  assignLead: boolean;
  closeLead: boolean;
  createClient: boolean;
  recordDeal: boolean;
  createChannel: boolean;
  /** Owners pick whose record it is; employees record their own. */
  picksPerson: boolean;
};

/**
 * Which lists and forms a person gets (SPEC §1–2). Only a convenience: the API refuses the rest
 * anyway, and says so in the form's alert.
 */
export function recordsAccess(person: { role: Role; position?: Position | null }): RecordsAccess {
  const owner = person.role === 'OWNER';
  const marketer = person.position === 'MARKETER';
  const hunter = person.position === 'HUNTER';
  const sales = hunter || person.position === 'FARMER';
  const tabs: RecordTab[] = RECORD_TABS.filter((tab) => {
    switch (tab) {
      case 'deals':
        return owner || sales || marketer;
      case 'clients':
        return owner || sales;
      case 'spend':
        return owner || marketer;
      default:
        return true;
    }
  });
  return {
    tabs,
    recordSpend: owner || marketer,
    recordLead: owner || marketer,
    assignLead: owner || marketer,
    closeLead: owner || sales,
    createClient: owner || hunter,
    recordDeal: owner || sales,
    createChannel: owner || marketer,
    picksPerson: owner,
  };
}
