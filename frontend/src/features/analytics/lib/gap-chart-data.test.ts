import { describe, expect, it } from 'vitest';

import { formatMoney } from '@/lib/format';

import { gapChartData, gapDomain, RESPONSIBILITY_COLOURS } from './gap-chart-data';

const labels = {
  factor: (factor: string) =>
    ({ LEAD_VOLUME: 'Lead volume', CONVERSION: 'Conversion', DEAL_SIZE: 'Deal size', MARGIN_RATE: 'Margin rate' })[
      factor
    ] ?? factor,
  responsibility: (who: string) => who.toLowerCase(),
  money: (value: string) => formatMoney(value, 'RUB', 'en'),
};

// docs/kpis.md's worked example: margin 1600.00 → 1800.00 = +1600.00 −1200.00 +400.00 −600.00.
const marginParts = [
  { factor: 'LEAD_VOLUME', responsibility: 'MARKETING', amount: '1600.00' },
  { factor: 'CONVERSION', responsibility: 'SALES', amount: '-1200.00' },
  { factor: 'DEAL_SIZE', responsibility: 'SALES', amount: '400.00' },
  { factor: 'MARGIN_RATE', responsibility: 'SALES', amount: '-600.00' },
] as const;

describe('gapChartData', () => {
  it('keeps the API order, labels each bar with its cause and whose job it is, and colours by that', () => {
    const bars = gapChartData([...marginParts], labels);
    expect(bars.map((bar) => bar.label)).toEqual([
      'Lead volume (marketing)',
      'Conversion (sales)',
      'Deal size (sales)',
      'Margin rate (sales)',
    ]);
    expect(bars.map((bar) => bar.fill)).toEqual([
      RESPONSIBILITY_COLOURS.MARKETING,
      RESPONSIBILITY_COLOURS.SALES,
      RESPONSIBILITY_COLOURS.SALES,
      RESPONSIBILITY_COLOURS.SALES,
    ]);
    expect(RESPONSIBILITY_COLOURS.MARKETING).not.toBe(RESPONSIBILITY_COLOURS.SALES);
    expect(bars.map((bar) => bar.value)).toEqual([1600, -1200, 400, -600]);
    expect(bars.map((bar) => bar.text)).toEqual(['₽1,600.00', '-₽1,200.00', '₽400.00', '-₽600.00']);
    expect(bars[0]).toMatchObject({ factorText: 'Lead volume', responsibilityText: 'marketing' });
    // The parts add up to the difference (1800.00 − 1600.00).
    expect(bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(200);
  });

  it('keeps exact amounts as text even where the number for the geometry rounds', () => {
    const [bar] = gapChartData([{ factor: 'DEAL_SIZE', responsibility: 'SALES', amount: '12345678901234.57' }], labels);
    expect(bar.text).toBe('₽12,345,678,901,234.57');
  });

  it('puts 0 on the value axis with a little room beyond the longest bar', () => {
    const bars = gapChartData([...marginParts], labels);
    const [low, high] = gapDomain(bars);
    expect(low).toBeLessThan(-1200);
    expect(high).toBeGreaterThan(1600);
    expect(high - 1600).toBeCloseTo(140, 5);

    const losses = gapChartData([{ factor: 'LEAD_VOLUME', responsibility: 'MARKETING', amount: '-500.00' }], labels);
    expect(gapDomain(losses)).toEqual([-525, 0]);
    expect(
      gapDomain(gapChartData([{ factor: 'CONVERSION', responsibility: 'SALES', amount: '0.00' }], labels)),
    ).toEqual([-1, 1]);
  });
});
