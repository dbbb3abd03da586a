/**
 * The recurrence set of one series (a master VEVENT and the overrides with its UID), as RFC 5545
 * §3.8.5 defines it, within a window. ical.js gives the parsing and each RRULE's iterator; the
 * set is put together here, because ical.js's own expansion (`ICAL.Event`) goes wrong where real
 * feeds need it right:
 *
 * - every RRULE is expanded (ical.js stops when the shorter of two rules ends);
 * - an RDATE may be a PERIOD, with its own end (ical.js hands out an `ICAL.Period` as a start);
 * - EXDATEs and RECURRENCE-IDs are matched by instant, whatever zone or value type they are
 *   written in (ical.js compares the text of the time: an EXDATE in UTC against a TZID with no
 *   VTIMEZONE in the file, or a date-time RECURRENCE-ID against an all-day series, never match);
 * - overrides are only this series' own (linked by UID by the caller), and RANGE=THISANDFUTURE
 *   moves that occurrence and every later one.
 */
import type ICAL from 'ical.js';
import { dateKeyOf, dayKeyAt } from '@mentorkit/core/time';
import type { TimeReader, Time, When } from './ical-time.ts';
import { isTime, valuesOf, wallMs } from './ical-time.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Recur = InstanceType<typeof ICAL.Recur>;
type Period = InstanceType<typeof ICAL.Period>;
type Duration = InstanceType<typeof ICAL.Duration>;

/** Iterations of one rule before giving up (a daily rule from 1900 still fits). */
const MAX_ITERATIONS = 50_000;
/** How far past the window a rule is still followed, for occurrences moved into it. */
export const MOVED_MARGIN = 31 * 86_400_000;
const DAY = 86_400_000;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** One occurrence of the set, before it becomes an event. */
export interface SeriesOccurrence {
  /** The component its fields come from: the master, or an override. */
  item: Component;
  /** The occurrence's own time in the series (its RECURRENCE-ID), for its uid. */
  recurrence: When;
  start: When;
  end: When;
}

interface Candidate {
  start: When;
  /** The end a PERIOD gave; else the series' duration decides. */
  end?: When;
  /** For ordering and THISANDFUTURE: the instant, or midnight UTC of the day. */
  order: number;
  /** The day as written (in the series' zone), for date EXDATEs and RECURRENCE-IDs. */
  day: string;
  override?: Component;
  rangeOverride?: RangeOverride;
}

interface RangeOverride {
  component: Component;
  from: number;
  /** How far the override moved the occurrence it names (ms or, all-day, days). */
  shift: number;
}

export const tzidOf = (component: Component | undefined, name: string): string | undefined => {
  const value = component?.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

const isPeriod = (value: unknown): value is Period & { start: Time } =>
  typeof value === 'object' &&
  value !== null &&
  'start' in value &&
  isTime(value.start) &&
  !value.start.isDate;

const orderOf = (when: When) => (when.allDay ? Date.parse(`${when.day}T00:00:00Z`) : when.instant);
const addDayKey = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * An event longer than ten thousand years: an iCalendar year has four digits, so any end past
 * that is one no `Date` need hold.
 */
const TOO_LONG = 10_000 * 366 * DAY;

/**
 * How long a component's occurrences last, and where each one ends: for a date, whole days; for
 * a date-time in a named zone, wall-clock time (a 09:00–17:00 day stays so across a change of
 * daylight saving); otherwise an exact length.
 */
function endFor(component: Component, reader: TimeReader): (start: When) => When {
  const dtstart = component.getFirstPropertyValue('dtstart') as Time;
  const dtend = component.getFirstPropertyValue('dtend') as Time | null;
  const duration = component.getFirstPropertyValue('duration') as Duration | null;
  // A length past that (`DURATION:P999999999999999999W`) counts as none, as RFC 5545
  // §3.6.1 has it for an event without DTEND or DURATION, instead of losing the event.
  if (dtstart.isDate) {
    let days = dtend
      ? Math.round((wallMs(dtend) - wallMs(dtstart)) / DAY)
      : duration
        ? Math.ceil(duration.toSeconds() / 86_400)
        : 1;
    if (!(Math.abs(days) * DAY <= TOO_LONG)) days = 1;
    return (start) =>
      start.allDay ? { allDay: true, day: addDayKey(start.day, Math.max(days, 1)) } : start;
  }
  const startTzid = tzidOf(component, 'dtstart');
  const endTzid = dtend ? (tzidOf(component, 'dtend') ?? startTzid) : startTzid;
  let wallLength = dtend
    ? wallMs(dtend) - wallMs(dtstart)
    : duration
      ? duration.toSeconds() * 1000
      : 0;
  if (!(Math.abs(wallLength) <= TOO_LONG)) wallLength = 0;
  const first = reader.when(dtstart, startTzid);
  const last = dtend ? reader.when(dtend, endTzid) : undefined;
  const exactLength =
    last && !last.allDay && !first.allDay ? last.instant - first.instant : wallLength;
  const sameZone = endTzid === startTzid;
  return (start) => {
    if (start.allDay) return start;
    const wall = start.wall + wallLength;
    if (sameZone && start.zone) {
      return { ...start, wall, instant: reader.instantOf(wall, start.zone) };
    }
    return { ...start, wall, instant: start.instant + exactLength };
  };
}

/**
 * A later start for iterating a daily or weekly rule without COUNT, whole periods on, so an
 * endless rule begun years ago is not walked day by day up to the window (ical.js takes tens
 * of microseconds per step). The later start is an occurrence of the same rule: weekly and
 * BYDAY rules move by whole weeks, keeping weekday and phase. `undefined`: start as written.
 */
function fastForward(rule: Recur, dtstart: Time, windowStart: number): Time | undefined {
  if (rule.count || (rule.freq !== 'DAILY' && rule.freq !== 'WEEKLY')) return undefined;
  if (Object.keys(rule.parts).some((part) => part !== 'BYDAY')) return undefined;
  const interval = rule.interval || 1;
  const period =
    rule.freq === 'WEEKLY'
      ? 7 * interval
      : rule.parts.BYDAY
        ? (interval * 7) / gcd(interval, 7)
        : interval;
  const days = Math.floor((windowStart - MOVED_MARGIN - 7 * DAY - wallMs(dtstart)) / DAY);
  if (days < period) return undefined;
  const later = dtstart.clone();
  later.adjust(Math.floor(days / period) * period, 0, 0, 0);
  if (rule.until && later.compare(rule.until) > 0) return undefined;
  return later;
}

export interface SeriesOptions {
  bounds: { start: number; end: number };
  maxOccurrences: number;
}

/**
 * The occurrences of `master` (with `overrides`, the VEVENTs of its UID with a RECURRENCE-ID)
 * that may meet the window, in order, at most `maxOccurrences`. The caller keeps those that do.
 */
export function expandSeries(
  master: Component,
  overrides: readonly Component[],
  reader: TimeReader,
  options: SeriesOptions,
): SeriesOccurrence[] {
  const dtstart = master.getFirstPropertyValue('dtstart') as Time | null;
  if (!dtstart || typeof dtstart !== 'object' || !('isDate' in dtstart)) {
    throw new Error('no DTSTART');
  }
  const startTzid = tzidOf(master, 'dtstart');
  if (overrides.length === 0 && !master.hasProperty('rrule') && !master.hasProperty('rdate')) {
    // A single event (most of a feed): no recurrence set to put together.
    const start = reader.when(dtstart, startTzid);
    return [{ item: master, recurrence: start, start, end: endFor(master, reader)(start) }];
  }
  const seriesAllDay = dtstart.isDate;
  const low = options.bounds.start - MOVED_MARGIN;
  // Past the window's end, only an occurrence an override moves in can still matter: without
  // overrides, two days (any zone's offset) are enough, and a rule is not followed a month on.
  const high = options.bounds.end + (overrides.length > 0 ? MOVED_MARGIN : 2 * DAY);
  const candidates = new Map<string | number, Candidate>();

  const add = (time: Time, tzid: string | undefined, end?: Time) => {
    const rough = wallMs(time);
    if (rough < low || rough > high) return;
    const start = reader.when(time, tzid);
    const key = start.allDay ? start.day : start.instant;
    if (candidates.has(key)) return;
    candidates.set(key, {
      start,
      end: end ? reader.when(end, tzid) : undefined,
      order: orderOf(start),
      day: dateKeyOf(time),
    });
  };

  // RFC 5545: DTSTART is always the first instance; then every RRULE and RDATE.
  add(dtstart, startTzid);
  for (const property of master.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as Recur | null;
    if (!rule?.freq) continue;
    // COUNT is counted here, DTSTART as the first (RFC 5545 §3.3.10): ical.js counts a BYMONTH
    // month before DTSTART's as an occurrence it never gives, and ends one short.
    const count = rule.count;
    let iterated = rule;
    if (count) {
      iterated = rule.clone();
      iterated.count = null;
    }
    const iterator = iterated.iterator(fastForward(rule, dtstart, options.bounds.start) ?? dtstart);
    const first = wallMs(dtstart);
    let counted = 1;
    let kept = 0;
    for (let i = 0; i < MAX_ITERATIONS && kept < options.maxOccurrences; i++) {
      const next = iterator.next();
      if (!next) break;
      const rough = wallMs(next);
      if (count) {
        if (rough === first) continue;
        counted += 1;
        if (counted > count) break;
      }
      if (rough > high) break;
      if (rough < low) continue;
      add(next, startTzid);
      kept += 1;
    }
  }
  for (const property of master.getAllProperties('rdate')) {
    const tzid = (property.getParameter('tzid') as string | undefined) ?? startTzid;
    // A value RDATE cannot hold (VALUE=TIME, a PERIOD of dates, nothing) is left out, not the
    // series: RFC 5545 §3.8.5.2 allows DATE-TIME, DATE and PERIOD (of date-times) only.
    for (const value of valuesOf(property)) {
      if (isTime(value)) add(value, tzid);
      else if (isPeriod(value)) add(value.start, tzid, value.getEnd());
    }
  }

  // A day (date, or the day as written) or an instant, matched against the candidates.
  const matching = (time: Time, tzid: string | undefined): Candidate[] => {
    const when = reader.when(time, tzid);
    if (!when.allDay && !seriesAllDay) {
      const found = candidates.get(when.instant);
      return found ? [found] : [];
    }
    const day = when.allDay
      ? when.day
      : time.zone?.tzid === 'UTC'
        ? dayKeyAt(when.instant, reader.floatingZone)
        : dateKeyOf(time);
    if (seriesAllDay) {
      const found = candidates.get(day);
      return found ? [found] : [];
    }
    return [...candidates.values()].filter((candidate) => candidate.day === day);
  };

  for (const property of master.getAllProperties('exdate')) {
    const tzid = (property.getParameter('tzid') as string | undefined) ?? startTzid;
    for (const value of valuesOf(property)) {
      if (!isTime(value)) continue;
      for (const candidate of matching(value, tzid)) {
        candidates.delete(candidate.start.allDay ? candidate.start.day : candidate.start.instant);
      }
    }
  }

  const ranges: RangeOverride[] = [];
  const standalone: SeriesOccurrence[] = [];
  for (const override of overrides) {
    const property = override.getFirstProperty('recurrence-id');
    const rid = property?.getFirstValue() as Time | null | undefined;
    if (!property || !rid || !override.hasProperty('dtstart')) continue;
    const ridTzid = (property.getParameter('tzid') as string | undefined) ?? startTzid;
    const [candidate] = matching(rid, ridTzid);
    const ridWhen = reader.when(rid, ridTzid);
    const ownStart = reader.when(
      override.getFirstPropertyValue('dtstart') as Time,
      tzidOf(override, 'dtstart'),
    );
    if (String(property.getParameter('range')).toUpperCase() === 'THISANDFUTURE') {
      const from = candidate?.order ?? orderOf(ridWhen);
      const shift =
        ownStart.allDay && ridWhen.allDay
          ? Math.round((orderOf(ownStart) - orderOf(ridWhen)) / DAY)
          : orderOf(ownStart) - orderOf(ridWhen);
      ranges.push({ component: override, from, shift });
    }
    if (candidate) {
      candidate.override = override;
    } else if (wallMs(rid) < low || wallMs(rid) > high) {
      // Moved from far outside the window: its own series occurrence was not generated.
      standalone.push({
        item: override,
        recurrence: ridWhen,
        start: ownStart,
        end: endFor(override, reader)(ownStart),
      });
    }
  }

  const ordered = [...candidates.values()].sort((a, b) => a.order - b.order);
  if (ranges.length > 0) {
    ranges.sort((a, b) => a.from - b.from);
    for (const candidate of ordered) {
      for (const range of ranges)
        if (range.from <= candidate.order) candidate.rangeOverride = range;
    }
  }

  const masterEnd = endFor(master, reader);
  const endOf = new Map<Component, ReturnType<typeof endFor>>([[master, masterEnd]]);
  const endOfComponent = (component: Component) => {
    let end = endOf.get(component);
    if (!end) {
      end = endFor(component, reader);
      endOf.set(component, end);
    }
    return end;
  };

  const out: SeriesOccurrence[] = [];
  for (const candidate of ordered) {
    if (out.length >= options.maxOccurrences) break;
    const recurrence = candidate.start;
    if (candidate.override) {
      const ownTime = candidate.override.getFirstPropertyValue('dtstart') as Time;
      const start = reader.when(ownTime, tzidOf(candidate.override, 'dtstart'));
      out.push({
        item: candidate.override,
        recurrence,
        start,
        end: endOfComponent(candidate.override)(start),
      });
    } else if (candidate.rangeOverride) {
      const { component, shift } = candidate.rangeOverride;
      const start: When = candidate.start.allDay
        ? { allDay: true, day: addDayKey(candidate.start.day, shift) }
        : {
            ...candidate.start,
            instant: candidate.start.instant + shift,
            wall: candidate.start.wall + shift,
          };
      const ownTime = component.getFirstPropertyValue('dtstart') as Time;
      const ownStart = reader.when(ownTime, tzidOf(component, 'dtstart'));
      const ownEnd = endOfComponent(component)(ownStart);
      const end: When =
        start.allDay && ownStart.allDay && ownEnd.allDay
          ? {
              allDay: true,
              day: addDayKey(start.day, Math.round((orderOf(ownEnd) - orderOf(ownStart)) / DAY)),
            }
          : start.allDay
            ? start
            : {
                ...start,
                instant: start.instant + (orderOf(ownEnd) - orderOf(ownStart)),
                wall: start.wall + (orderOf(ownEnd) - orderOf(ownStart)),
              };
      out.push({ item: component, recurrence, start, end });
    } else {
      out.push({
        item: master,
        recurrence,
        start: candidate.start,
        end: candidate.end ?? masterEnd(candidate.start),
      });
    }
  }
  return standalone.length > 0 ? [...out, ...standalone] : out;
}
