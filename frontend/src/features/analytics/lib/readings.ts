import type { Significance } from '@/gql/graphql';

/** The parts of the conversion matrix the readings need (the query's shape, narrowed for tests). */
export type MatrixInput = {
  channels: {
    channel: { id: string; name: string };
    conversion?: number | null;
    otherChannelsConversion?: number | null;
    significance: Significance;
    cells: {
      assignee: { id: string; fullName: string };
      conversion?: number | null;
      othersConversion?: number | null;
      significance: Significance;
    }[];
  }[];
};

/** One line for the owner: whose job a difference is. Rates are 1.0 = 100 %, null when undefined. */
export type Reading =
  /** The channel converts worse than the others for everyone: lead quality, marketing's question. */
  | { kind: 'leadQuality'; channel: string; conversion: number | null; others: number | null }
  /** The channel is below the others, and so is someone within it: both questions are open. */
  | { kind: 'mixed'; channel: string; conversion: number | null; others: number | null; names: string[] }
  /** One person converts the channel's leads worse than colleagues: selling, sales' question. */
  | { kind: 'sales'; channel: string; name: string; conversion: number | null; others: number | null }
  /** The channel's leads convert better than the rest. */
  | { kind: 'channelAbove'; channel: string; conversion: number | null; others: number | null }
  /** One person converts the channel's leads better than colleagues (when nobody there is below). */
  | { kind: 'cellAbove'; channel: string; name: string; conversion: number | null; others: number | null }
  /** Nothing differs beyond chance. */
  | { kind: 'nothing' };

const ORDER: Record<Reading['kind'], number> = {
  leadQuality: 0,
  mixed: 1,
  sales: 2,
  channelAbove: 3,
  cellAbove: 4,
  nothing: 5,
};

/**
 * Turns the matrix's significance flags into readings, problems first:
 * - a channel BELOW the other channels with nobody BELOW within it → lead quality (marketing);
 * - a cell BELOW its channel's other salespeople → sales (that person);
 * - a channel BELOW with someone BELOW within it → both (mixed), plus that person's sales reading;
 * - ABOVE flags as good news (a cell ABOVE is skipped when a colleague in the channel is BELOW: with
 *   two people that is the same difference seen from the other side);
 * - otherwise "no difference beyond chance".
 */
export function matrixReadings(matrix: MatrixInput): Reading[] {
  const readings: Reading[] = [];
  for (const row of matrix.channels) {
    const channel = row.channel.name;
    const below = row.cells.filter((cell) => cell.significance === 'BELOW');
    const rates = { conversion: row.conversion ?? null, others: row.otherChannelsConversion ?? null };
    if (row.significance === 'BELOW') {
      if (below.length === 0) readings.push({ kind: 'leadQuality', channel, ...rates });
      else readings.push({ kind: 'mixed', channel, ...rates, names: below.map((cell) => cell.assignee.fullName) });
    } else if (row.significance === 'ABOVE') {
      readings.push({ kind: 'channelAbove', channel, ...rates });
    }
    for (const cell of row.cells) {
      const person = {
        channel,
        name: cell.assignee.fullName,
        conversion: cell.conversion ?? null,
        others: cell.othersConversion ?? null,
      };
      if (cell.significance === 'BELOW') readings.push({ kind: 'sales', ...person });
      else if (cell.significance === 'ABOVE' && below.length === 0) readings.push({ kind: 'cellAbove', ...person });
    }
  }
  if (readings.length === 0) return [{ kind: 'nothing' }];
  // Stable: within a kind, the channels' order (by name, as the API sends them).
  return readings
    .map((reading, index) => ({ reading, index }))
    .sort((a, b) => ORDER[a.reading.kind] - ORDER[b.reading.kind] || a.index - b.index)
    .map(({ reading }) => reading);
}

/** Whether a reading points at a problem (shown first, with a warning marker). */
export function isProblem(reading: Reading): boolean {
  return reading.kind === 'leadQuality' || reading.kind === 'mixed' || reading.kind === 'sales';
}
