import { useSyncExternalStore } from 'react';

/** The same breakpoint as the stacked tables (global.css). */
const QUERY = '(max-width: 47.99rem)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

/** Whether the screen is phone-narrow (charts then give their label columns less room). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = media();
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => media()?.matches ?? false,
    () => false,
  );
}
