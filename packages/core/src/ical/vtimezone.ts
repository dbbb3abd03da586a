/**
 * A VTIMEZONE computed from the engine's tz database, for any IANA zone, so that a file with
 * `TZID=…` times places them right in apps that read only the file's own zone data (Outlook).
 */
import { formatOffset, offsetAt, wallTimeAt } from '../time/zoned-time.ts';
import { formatIcalDateTime } from './ical-writer.ts';

const DAY = 86_400_000;

export interface OffsetTransition {
  /** The instant of the change (epoch ms). */
  at: number;
  /** The offsets before and after, in ms. */
  from: number;
  to: number;
}

/** Offset changes of `zone` between two instants, found daily then to the minute. */
export function offsetTransitions(zone: string, start: number, end: number): OffsetTransition[] {
  const found: OffsetTransition[] = [];
  let previous = offsetAt(start, zone);
  for (let t = start + DAY; t <= end; t += DAY) {
    const offset = offsetAt(t, zone);
    if (offset === previous) continue;
    let low = t - DAY;
    let high = t;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(middle, zone) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

const utcOffset = (offset: number) => formatOffset(offset).replace(':', '');

/**
 * A VTIMEZONE for `zone` with every change from the year before `around` to the year after:
 * enough for one event, not for a series that runs for years (that needs yearly RRULEs).
 */
export function vtimezoneLines(zone: string, around: number): string[] {
  const year = new Date(around).getUTCFullYear();
  const start = Date.UTC(year - 1, 0, 1);
  const changes = offsetTransitions(zone, start, Date.UTC(year + 2, 0, 1));
  const initial = offsetAt(start, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const offsets = [initial, ...changes.map((change) => change.to)];
  const standardOffset = Math.min(...offsets);
  const observance = (kind: string, at: number, from: number, to: number) => [
    `BEGIN:${kind}`,
    // DTSTART of an observance is the local time, in the offset before the change.
    `DTSTART:${formatIcalDateTime(wallTimeAt(at + from, 'UTC'))}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
  lines.push(
    ...observance(initial > standardOffset ? 'DAYLIGHT' : 'STANDARD', start, initial, initial),
  );
  for (const change of changes) {
    lines.push(
      ...observance(
        change.to > standardOffset ? 'DAYLIGHT' : 'STANDARD',
        change.at,
        change.from,
        change.to,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
