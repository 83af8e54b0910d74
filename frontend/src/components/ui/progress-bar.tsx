import type { StatusTone } from './status-badge';

import './progress-bar.css';

type ProgressBarProps = {
  /** Filled share, 1 = full; null draws an empty track. Values outside 0–1 are clamped. */
  value: number | null;
  /** Where the fill should be by today (expected-by-now), 0–1. */
  marker?: number | null;
  /** A darker part of the fill from the start, e.g. one person's share of the team's progress. */
  highlight?: number | null;
  tone: StatusTone;
  label: string;
  valueText: string;
  size?: 'md' | 'lg';
};

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const percent = (value: number) => `${(clamp(value) * 100).toFixed(2)}%`;

export function ProgressBar({ value, marker, highlight, tone, label, valueText, size = 'md' }: ProgressBarProps) {
  return (
    <div
      className={`progress progress--${tone} progress--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value == null ? undefined : Math.round(clamp(value) * 100)}
      aria-valuetext={valueText}
    >
      {value != null && <div className="progress__fill" style={{ width: percent(value) }} />}
      {highlight != null && highlight > 0 && (
        <div className="progress__highlight" style={{ width: percent(highlight) }} />
      )}
      {marker != null && (
        <div className="progress__marker" style={{ left: percent(marker) }} data-testid="expected-marker" />
      )}
    </div>
  );
}
