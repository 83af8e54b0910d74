import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';

import { gapDomain, type GapBar } from '../lib/gap-chart-data';

type GapChartProps = {
  bars: GapBar[];
  /** What the chart shows, for screen readers (the chart itself is hidden from them). */
  description: string;
  /** Narrow screens get narrower label columns. */
  compact?: boolean;
};

/**
 * One horizontal bar per cause, from 0: a gain to the right, a loss to the left, coloured by whose
 * job it is (marketing / sales, also written in the label on the left). The exact amounts stand in
 * a column on the right, where a long figure never collides with a bar (on a phone, under the chart).
 */
type TickProps = { x?: number | string; y?: number | string; index?: number };

export function GapChart({ bars, description, compact = false }: GapChartProps) {
  const tick = { fontSize: 13, fill: 'var(--color-text)' };
  // The cause on one line and whose job it is under it (never wrapped into three).
  const causeTick = ({ x, y, index }: TickProps) => {
    const bar = index == null ? undefined : bars[index];
    if (!bar) return <g />;
    return (
      <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={13} fill="var(--color-text)">
        <tspan x={Number(x)} dy="-0.2em">
          {bar.factorText}
        </tspan>
        <tspan x={Number(x)} dy="1.2em" fill="var(--color-text-muted)">
          {bar.responsibilityText}
        </tspan>
      </text>
    );
  };
  return (
    <figure className="gap-chart">
      <figcaption className="visually-hidden">{description}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={bars.length * 52 + 16}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 8, right: 0, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" hide domain={gapDomain(bars)} />
            <YAxis
              yAxisId="cause"
              type="category"
              dataKey="label"
              width={compact ? 110 : 130}
              tickLine={false}
              axisLine={false}
              tick={causeTick}
            />
            <YAxis
              yAxisId="amount"
              orientation="right"
              type="category"
              dataKey="text"
              width={140}
              hide={compact}
              tickLine={false}
              axisLine={false}
              tick={{ ...tick, fontWeight: 600 }}
            />
            <ReferenceLine yAxisId="cause" x={0} stroke="var(--color-border-strong)" />
            <Bar yAxisId="cause" dataKey="value" barSize={28} radius={4} isAnimationActive={false}>
              {bars.map((bar) => (
                <Cell key={bar.factor} fill={bar.fill} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
