import type { ReactNode } from 'react';

import './stat-list.css';

type StatListProps = {
  /** Short values (percentages): small tiles side by side even on a phone. */
  compact?: boolean;
  children: ReactNode;
};

/** Label–value pairs (a description list): tiles, or label-value rows on a phone. */
export function StatList({ compact = false, children }: StatListProps) {
  return <dl className={compact ? 'stat-list stat-list--compact' : 'stat-list'}>{children}</dl>;
}

type StatProps = {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
};

export function Stat({ label, value, hint }: StatProps) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{value}</dd>
      {hint && <dd className="stat__hint">{hint}</dd>}
    </div>
  );
}
