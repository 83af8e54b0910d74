// A lead's createdAt is an instant; people edit it as a wall-clock time of the company's zone
// (<input type="datetime-local">), whatever the browser's own zone is.

function wallClockUtc(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
}

/** "2026-11-05T09:30:00Z" → "2026-11-05T12:30" in Europe/Moscow. */
export function toZonedInput(dateTime: string, timeZone: string): string {
  return new Date(wallClockUtc(Date.parse(dateTime), timeZone)).toISOString().slice(0, 16);
}

/** "2026-11-05T12:30" in Europe/Moscow → "2026-11-05T09:30:00.000Z"; null when it is not a time. */
export function fromZonedInput(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, m, d, h, min] = match.map(Number);
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  // Two passes settle the offset also next to a daylight-saving switch.
  let instant = asUtc - (wallClockUtc(asUtc, timeZone) - asUtc);
  instant = asUtc - (wallClockUtc(instant, timeZone) - instant);
  return new Date(instant).toISOString();
}
