import { describe, expect, it } from 'vitest';

import type { Significance } from '@/gql/graphql';

import { isProblem, matrixReadings, type MatrixInput } from './readings';

type CellSpec = [name: string, conversion: number | null, others: number | null, significance: Significance];

function channel(
  name: string,
  conversion: number,
  others: number,
  significance: Significance,
  cells: CellSpec[],
): MatrixInput['channels'][number] {
  return {
    channel: { id: name, name },
    conversion,
    otherChannelsConversion: others,
    significance,
    cells: cells.map(([fullName, c, o, s]) => ({
      assignee: { id: fullName, fullName },
      conversion: c,
      othersConversion: o,
      significance: s,
    })),
  };
}

describe('matrixReadings', () => {
  it('reads a channel that converts poorly for everyone as lead quality (marketing)', () => {
    // docs/kpis.md: SMM 2 of 21 against 17 of 44; within SMM Ivan and Sergey do not differ.
    const readings = matrixReadings({
      channels: [
        channel('SMM', 2 / 21, 17 / 44, 'BELOW', [
          ['Ivan Sokolov', 0.1, 0.1, 'NOT_SIGNIFICANT'],
          ['Sergey Volkov', 0.1, 0.1, 'NOT_SIGNIFICANT'],
        ]),
      ],
    });
    expect(readings).toEqual([{ kind: 'leadQuality', channel: 'SMM', conversion: 2 / 21, others: 17 / 44 }]);
    expect(isProblem(readings[0])).toBe(true);
  });

  it('reads one person converting a channel worse than colleagues as sales, and skips the mirror ABOVE', () => {
    // docs/kpis.md: on Direct Ivan won 2 of 20, Sergey 12 of 20.
    const readings = matrixReadings({
      channels: [
        channel('Yandex Direct', 0.35, 0.3, 'NOT_SIGNIFICANT', [
          ['Ivan Sokolov', 0.1, 0.6, 'BELOW'],
          ['Sergey Volkov', 0.6, 0.1, 'ABOVE'],
        ]),
      ],
    });
    expect(readings).toEqual([
      { kind: 'sales', channel: 'Yandex Direct', name: 'Ivan Sokolov', conversion: 0.1, others: 0.6 },
    ]);
  });

  it('says "no difference beyond chance" when nothing is flagged (empty cells included)', () => {
    const readings = matrixReadings({
      channels: [
        channel('Referrals', 0.75, 16 / 61, 'NOT_SIGNIFICANT', [
          ['Maria Kuznetsova', 0.75, null, 'NO_DATA'],
          ['Ivan Sokolov', null, 0.75, 'NO_DATA'],
        ]),
      ],
    });
    expect(readings).toEqual([{ kind: 'nothing' }]);
    expect(matrixReadings({ channels: [] })).toEqual([{ kind: 'nothing' }]);
  });

  it('flags both questions when the channel and someone in it are below, and lists problems before good news', () => {
    const readings = matrixReadings({
      channels: [
        channel('Referrals', 0.4, 0.2, 'ABOVE', [['Maria Kuznetsova', 0.4, 0.4, 'NOT_SIGNIFICANT']]),
        channel('SEO', 0.2, 0.2, 'NOT_SIGNIFICANT', [
          ['Ivan Sokolov', 0.5, 0.1, 'ABOVE'],
          ['Sergey Volkov', 0.2, 0.2, 'NOT_SIGNIFICANT'],
          ['Maria Kuznetsova', 0.2, 0.2, 'NOT_SIGNIFICANT'],
        ]),
        channel('SMM', 0.05, 0.3, 'BELOW', [
          ['Ivan Sokolov', 0.01, 0.1, 'BELOW'],
          ['Sergey Volkov', 0.1, 0.01, 'NOT_SIGNIFICANT'],
        ]),
      ],
    });
    expect(readings.map((r) => r.kind)).toEqual(['mixed', 'sales', 'channelAbove', 'cellAbove']);
    expect(readings[0]).toMatchObject({ channel: 'SMM', names: ['Ivan Sokolov'] });
    expect(readings[3]).toMatchObject({ channel: 'SEO', name: 'Ivan Sokolov' });
    expect(readings.filter(isProblem)).toHaveLength(2);
  });
});
