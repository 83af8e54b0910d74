import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

import { i18n } from '@/lib/i18n';

// Lazy routes load their code on first use; give slow CI machines time.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: Recharts' ResponsiveContainer needs a ResizeObserver to exist.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
// Nor scrolling: the router's scroll restoration calls scrollTo.
window.scrollTo = () => {};

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
});
