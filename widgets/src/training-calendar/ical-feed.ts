/**
 * iCalendar (RFC 5545) feeds → the occurrences of a window, with ical.js (a maintained RFC 5545
 * library) for parsing and recurrence: RRULE, RDATE, EXDATE and RECURRENCE-ID overrides.
 * Loaded only through `import()` from feed.ts, so ical.js is a lazy chunk of its own.
 *
 * Times: a TZID that names an IANA zone, directly, by a Windows name (Outlook) or at the end of
 * a path (`/mozilla.org/…/Europe/Stockholm`), is converted with the browser's own tz database,
 * so daylight-saving changes are right however old the feed's VTIMEZONE is; any other TZID is
 * converted with the feed's VTIMEZONE through ical.js; UTC is UTC; floating times are read in
 * the calendar's X-WR-TIMEZONE, else the window's zone.
 */
import ICAL from 'ical.js';
import { TEXT_LIMITS, TrainingEventSchema, isWebUrl } from '@mentorkit/core';
import type { TrainingEvent } from '@mentorkit/core';
import { dateKeyOf, isTimeZone, isoInZone, zonedToInstant } from '@mentorkit/core/time';
import { byStart, inWindow, windowInstants } from './feed-window.ts';
import { FeedError, MAX_OCCURRENCES } from './feed-types.ts';
import type { ExpandOptions, FeedResult } from './feed-types.ts';
import { ianaFromWindows } from './windows-zones.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type Recur = InstanceType<typeof ICAL.Recur>;

/** Iterations of one rule before giving up (a daily rule from 1900 still fits). */
const MAX_ITERATIONS = 50_000;
/** How far past the window a rule is still followed, for occurrences moved into it. */
const MOVED_MARGIN = 31 * 86_400_000;
const DAY = 86_400_000;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * A later start for iterating a daily or weekly rule without COUNT, whole periods on, so an
 * endless rule begun years ago is not walked day by day up to the window (ical.js takes tens
 * of microseconds per step). The later start is an occurrence of the same rule: weekly and
 * BYDAY rules move by whole weeks, keeping weekday and phase. `undefined`: start as written.
 */
function fastForward(event: IcalEvent, windowStart: number): Time | undefined {
  const rules = event.component.getAllProperties('rrule');
  if (rules.length !== 1) return undefined;
  const rule = rules[0]?.getFirstValue() as Recur | null;
  if (!rule || rule.count || (rule.freq !== 'DAILY' && rule.freq !== 'WEEKLY')) return undefined;
  if (Object.keys(rule.parts).some((part) => part !== 'BYDAY')) return undefined;
  const interval = rule.interval || 1;
  const period =
    rule.freq === 'WEEKLY'
      ? 7 * interval
      : rule.parts.BYDAY
        ? (interval * 7) / gcd(interval, 7)
        : interval;
  const start = event.startDate;
  const days = Math.floor((windowStart - MOVED_MARGIN - 7 * DAY - start.toUnixTime() * 1000) / DAY);
  if (days < period) return undefined;
  const later = start.clone();
  later.adjust(Math.floor(days / period) * period, 0, 0, 0);
  if (rule.until && later.compare(rule.until) > 0) return undefined;
  return later;
}

/** The IANA zone a TZID stands for, or `undefined`. */
export function resolveTzid(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name) && isTimeZone(name)) return name;
  const windows = ianaFromWindows(name);
  if (windows) return windows;
  // `/mozilla.org/20050126_1/Europe/Stockholm`, `/citadel.org/…/America/New_York`.
  const tail = /([A-Za-z_]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(name)?.[1];
  return tail && isTimeZone(tail) ? tail : undefined;
}

interface Moment {
  value: string;
  allDay: boolean;
  zone?: string;
}

interface Context {
  floatingZone: string;
  /** The fields of each component, read once for all its occurrences. */
  described: Map<Component, Omit<TrainingEvent, 'uid' | 'start' | 'end' | 'allDay'>>;
}

function toMoment(time: Time, tzid: string | undefined, context: Context): Moment {
  if (time.isDate) return { value: dateKeyOf(time), allDay: true };
  const wall = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  const zoneName = time.zone?.tzid;
  if (zoneName === 'UTC' || (!tzid && zoneName !== 'floating' && zoneName !== undefined)) {
    return {
      value: isoInZone(
        Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second),
      ),
      allDay: false,
    };
  }
  const iana = resolveTzid(tzid);
  if (iana)
    return { value: isoInZone(zonedToInstant(wall, iana), iana), allDay: false, zone: iana };
  if (tzid && zoneName && zoneName !== 'floating') {
    // A zone only the feed's VTIMEZONE defines: ical.js converts with it.
    return { value: isoInZone(time.toUnixTime() * 1000), allDay: false };
  }
  const instant = zonedToInstant(wall, context.floatingZone);
  return { value: isoInZone(instant, context.floatingZone), allDay: false };
}

/** RFC 5545 TEXT unescaping, for X- properties that ical.js leaves as written. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

function textOf(component: Component, name: string, fallback?: Component): string | undefined {
  const raw = component.getFirstPropertyValue(name) ?? fallback?.getFirstPropertyValue(name);
  if (typeof raw !== 'string') return undefined;
  const value = name.startsWith('x-') ? unescapeText(raw) : raw;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const clip = (value: string | undefined, max: number) =>
  value === undefined ? undefined : value.length > max ? `${value.slice(0, max - 1)}…` : value;

/**
 * An http(s) URL as the feed wrote it, or `undefined`: anything else (`javascript:`, `data:`) is
 * dropped, and so is what the schema would refuse, so that a bad link does not cost the event.
 */
const webUrl = (value: string | undefined) => (value && isWebUrl(value) ? value : undefined);

const STATUSES: Readonly<Record<string, TrainingEvent['status']>> = {
  CANCELLED: 'cancelled',
  TENTATIVE: 'tentative',
};

const ONLINE_PROPERTIES = [
  'conference',
  'x-google-conference',
  'x-microsoft-skypeteamsmeetingurl',
  'x-microsoft-onlinemeetingconflink',
];

/** The fields that do not depend on the occurrence's time. */
function describe(
  item: Component,
  master: Component,
): Omit<TrainingEvent, 'uid' | 'start' | 'end' | 'allDay'> {
  const location = textOf(item, 'location', master);
  const onlineFromLocation = webUrl(location);
  const online =
    ONLINE_PROPERTIES.map((name) => webUrl(textOf(item, name, master))).find(Boolean) ??
    onlineFromLocation;
  const languages = (textOf(item, 'x-mentorkit-languages', master) ?? '')
    .split(/[\s,]+/)
    .filter((code) => /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(code))
    .slice(0, 50);
  const seatsTotal = Number(textOf(item, 'x-mentorkit-seats-total', master));
  const seatsTaken = Number(textOf(item, 'x-mentorkit-seats-taken', master) ?? 0);
  const categories = item.getFirstProperty('categories') ?? master.getFirstProperty('categories');
  const category = categories
    ?.getValues()
    .map(String)
    .find((value) => value.trim() !== '');
  const rrule = master.getFirstProperty('rrule')?.getFirstValue();
  const event: Omit<TrainingEvent, 'uid' | 'start' | 'end' | 'allDay'> = {
    title: clip(textOf(item, 'summary', master), TEXT_LIMITS.short) ?? '',
    status: STATUSES[(textOf(item, 'status', master) ?? '').toUpperCase()] ?? 'confirmed',
  };
  const description = clip(textOf(item, 'description', master), TEXT_LIMITS.long);
  if (description) event.description = description;
  const placeName = textOf(item, 'x-mentorkit-location-name', master);
  if (placeName) {
    // Written by our own .ics export: the place in parts.
    event.location = { name: clip(placeName, TEXT_LIMITS.short) ?? placeName };
    const address = clip(textOf(item, 'x-mentorkit-location-address', master), TEXT_LIMITS.medium);
    const url = webUrl(textOf(item, 'x-mentorkit-location-url', master));
    if (address) event.location.address = address;
    if (url) event.location.url = url;
  } else if (location && !onlineFromLocation) {
    event.location = { name: clip(location, TEXT_LIMITS.short) ?? location };
  }
  if (online) event.onlineUrl = online;
  if (category) event.category = clip(category.trim(), TEXT_LIMITS.short);
  if (languages.length > 0) event.languages = languages;
  if (
    Number.isInteger(seatsTotal) &&
    seatsTotal >= 0 &&
    Number.isInteger(seatsTaken) &&
    seatsTaken >= 0
  ) {
    event.seats = { total: seatsTotal, taken: seatsTaken };
  }
  const signupUrl = webUrl(textOf(item, 'url', master));
  if (signupUrl) event.signupUrl = signupUrl;
  if (rrule) event.recurrence = clip(String(rrule), TEXT_LIMITS.medium);
  return event;
}

const tzidOf = (component: Component, name: string): string | undefined => {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

/** `20261015T180000` from a RECURRENCE-ID, to make each occurrence's uid unique. */
const compact = (time: Time) => time.toString().replace(/[-:]/g, '');

function occurrence(
  uid: string,
  item: Component,
  master: Component,
  start: Time,
  end: Time | undefined,
  context: Context,
): TrainingEvent | undefined {
  let fields = context.described.get(item);
  if (!fields) {
    fields = describe(item, master);
    context.described.set(item, fields);
  }
  const from = toMoment(start, tzidOf(item, 'dtstart'), context);
  const to = end ? toMoment(end, tzidOf(item, 'dtend') ?? tzidOf(item, 'dtstart'), context) : from;
  const candidate = {
    uid,
    ...fields,
    start: from.value,
    end: to.value,
    allDay: from.allDay,
    ...(from.zone ? { timeZone: from.zone } : {}),
  };
  const parsed = TrainingEventSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

function expand(
  uid: string,
  event: IcalEvent,
  master: Component,
  options: ExpandOptions,
  context: Context,
  bounds: { start: number; end: number },
): { events: TrainingEvent[]; failed: boolean } {
  const keep = (e: TrainingEvent | undefined) =>
    e !== undefined && inWindow(e, options.window, bounds);
  if (!event.isRecurring()) {
    const single = occurrence(uid, master, master, event.startDate, event.endDate, context);
    return { events: single && keep(single) ? [single] : [], failed: single === undefined };
  }
  const max = options.maxOccurrences ?? MAX_OCCURRENCES;
  const events: TrainingEvent[] = [];
  const iterator = event.iterator(fastForward(event, bounds.start));
  let failed = false;
  for (let i = 0; i < MAX_ITERATIONS && events.length < max; i++) {
    const next = iterator.next();
    if (!next) break;
    // ical.js reads zones it lacks as UTC: hours off at most, well inside the margin.
    const roughStart = next.toUnixTime() * 1000;
    if (roughStart > bounds.end + MOVED_MARGIN) break;
    // Long before the window: skipped without the cost of building the occurrence.
    if (roughStart < bounds.start - MOVED_MARGIN) continue;
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    const one = occurrence(
      `${uid}#${compact(details.recurrenceId)}`,
      item,
      master,
      details.startDate,
      details.endDate,
      context,
    );
    if (!one) {
      failed = true;
      continue;
    }
    if (keep(one)) events.push(one);
  }
  return { events, failed };
}

/** Parses `text` and expands every event into `options.window`. */
export function parseICalendar(text: string, options: ExpandOptions): FeedResult {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw new FeedError('malformed', `iCalendar could not be parsed: ${String(error)}`);
  }
  const first = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
  if (!Array.isArray(first) || String(first[0]).toLowerCase() !== 'vcalendar') {
    throw new FeedError('not-calendar', 'no VCALENDAR');
  }
  const root = new ICAL.Component(first);
  const calendarZone = resolveTzid(textOf(root, 'x-wr-timezone'));
  const context: Context = {
    floatingZone: calendarZone ?? options.window.zone,
    described: new Map(),
  };
  const bounds = windowInstants(options.window);

  const masters = new Map<string, Component>();
  const exceptions = new Map<string, Component[]>();
  const vevents = root.getAllSubcomponents('vevent');
  vevents.forEach((vevent, index) => {
    if (!vevent.getFirstPropertyValue('uid'))
      vevent.addPropertyWithValue('uid', `event-${index + 1}`);
    const uid = String(vevent.getFirstPropertyValue('uid'));
    if (vevent.hasProperty('recurrence-id')) {
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
    } else if (!masters.has(uid)) {
      masters.set(uid, vevent);
    }
  });
  // An override whose series is not in the feed stands on its own.
  for (const [uid, list] of exceptions) {
    if (masters.has(uid)) continue;
    list.forEach((vevent, index) => {
      vevent.removeAllProperties('recurrence-id');
      masters.set(index === 0 ? uid : `${uid}#${index}`, vevent);
    });
    exceptions.delete(uid);
  }

  const events: TrainingEvent[] = [];
  let skipped = 0;
  for (const [uid, master] of masters) {
    try {
      if (!master.hasProperty('dtstart')) throw new Error('no DTSTART');
      const event = new ICAL.Event(master, { strictExceptions: false });
      for (const exception of exceptions.get(uid) ?? []) event.relateException(exception);
      const result = expand(uid, event, master, options, context, bounds);
      events.push(...result.events);
      if (result.failed) skipped += 1;
    } catch {
      skipped += 1;
    }
  }
  if (events.length === 0 && skipped > 0 && skipped === masters.size) {
    throw new FeedError('malformed', `none of the ${skipped} events could be read`);
  }
  return { events: events.sort(byStart), skipped };
}
