import type { Role } from '@/gql/graphql';

export type NavigationEntry = {
  to: string;
  /** Key under `nav.` in the translations. */
  key: 'myMonth' | 'team' | 'records' | 'disputes' | 'plans' | 'people' | 'bonuses' | 'analytics';
  /** Shown to owners only (the API refuses the rest anyway). */
  ownerOnly?: boolean;
};

/**
 * The header's navigation, in order. Records ('/records'), Plans and People (owner only) join here
 * together with their routes in router.tsx.
 */
export const NAVIGATION: NavigationEntry[] = [
  { to: '/', key: 'myMonth' },
  { to: '/team', key: 'team' },
  { to: '/records', key: 'records' },
  { to: '/disputes', key: 'disputes' },
  { to: '/plans', key: 'plans', ownerOnly: true },
  { to: '/people', key: 'people', ownerOnly: true },
  { to: '/bonuses', key: 'bonuses', ownerOnly: true },
  { to: '/analytics', key: 'analytics' },
];
// Settings (owners) and Import (owners, and marketers for Direct spend) sit in the account menu, beside
// Account: the header has no room for a ninth entry.

export function navigationFor(role: Role): NavigationEntry[] {
  return NAVIGATION.filter((entry) => !entry.ownerOnly || role === 'OWNER');
}
