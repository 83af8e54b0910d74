import type { CSSProperties, ReactNode } from 'react';

import './kpi-grid.css';

type KpiGridProps = {
  /** How many cards: at most three to a row on wide screens, so five cards read as 3 + 2. */
  count: number;
  children: ReactNode;
};

export function KpiGrid({ count, children }: KpiGridProps) {
  const columns = Math.max(1, Math.min(count, 3));
  const style = { '--kpi-columns': columns, '--kpi-columns-medium': Math.min(columns, 2) } as CSSProperties;
  return (
    <div className="kpi-grid" style={style}>
      {children}
    </div>
  );
}
