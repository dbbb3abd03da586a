/**
 * iCalendar (RFC 5545) feeds → the occurrences of a window. The text first goes through core's
 * tolerant reading pass (what real producers write and strict parsers refuse, each tolerance
 * named), then ical.js (a maintained RFC 5545 library) parses it and iterates each RRULE; the
 * recurrence set of each series, with RDATE, EXDATE and its own overrides, is put together in
 * ical-series.ts (docs/decisions/0018). Loaded only through `import()` from feed.ts, so ical.js
 * is a lazy chunk of its own.
 *
 * Times: a TZID that names an IANA zone, directly, by a Windows name (Outlook) or at the end of
 * a path (`/mozilla.org/…/Europe/Stockholm`), is converted with the browser's own tz database,
 * so daylight-saving changes are right however old the feed's VTIMEZONE is; any other TZID is
 * converted with the feed's VTIMEZONE through ical.js; UTC is UTC; floating times are read in
 * the calendar's X-WR-TIMEZONE, else the window's zone.
 */
import ICAL from 'ical.js';
import * as z from 'zod/mini';
import { TEXT_LIMITS, TrainingEventSchema, isWebUrl } from '@mentorkit/core';
import type { TrainingEvent } from '@mentorkit/core';
import { tolerateICalendar } from '@mentorkit/core/ical';
import { windowInstants } from './feed-window.ts';
import { FeedError, MAX_OCCURRENCES } from './feed-types.ts';
import type { ExpandOptions, FeedResult } from './feed-types.ts';
import { expandSeries } from './ical-series.ts';
import type { SeriesOccurrence } from './ical-series.ts';
import { TimeReader, isTime, resolveTzid, valuesOf, wallMs } from './ical-time.ts';
import type { Time } from './ical-time.ts';

export { resolveTzid };

type Component = InstanceType<typeof ICAL.Component>;
type Fields = Omit<TrainingEvent, 'uid' | 'start' | 'end' | 'allDay'>;

/**
 * What the reader tolerates beyond the text pass (`tolerateICalendar`): a VEVENT without a UID
 * gets one of its own (`event-N`). An event that ends before it starts is still skipped and
 * counted: that is an error in the data, not a way of writing it.
 */
export const READER_TOLERANCES = ['missing-uid'] as const;

/** RFC 5545 TEXT unescaping, for X- properties that ical.js leaves as written. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/**
 * Each component's properties as name → first value, read once from its jCal: `describe` asks
 * for some fifteen names, and `getFirstPropertyValue` walks every property for each. The values
 * are ical.js's own (TEXT already unescaped), so this reads exactly what that call would.
 */
const firstValues = new WeakMap<Component, Map<string, unknown>>();

function firstValueOf(component: Component, name: string): unknown {
  let values = firstValues.get(component);
  if (!values) {
    values = new Map();
    for (const property of component.jCal[1] as unknown[][]) {
      const key = String(property[0]);
      if (!values.has(key)) values.set(key, property[3]);
    }
    firstValues.set(component, values);
  }
  return values.get(name);
}

function textOf(component: Component, name: string, fallback?: Component): string | undefined {
  const raw =
    firstValueOf(component, name) ??
    (fallback && fallback !== component ? firstValueOf(fallback, name) : undefined);
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
function describe(item: Component, master: Component): Fields {
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
  const event: Fields = {
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

/**
 * The schema of what `describe` reads: TrainingEventSchema without the times and the checks
 * between them, which the reader writes itself for each occurrence (from numbers, well formed).
 * Derived from it, so the two cannot drift apart.
 */
const FieldsSchema = z.object(
  Object.fromEntries(
    Object.entries(TrainingEventSchema.def.shape).filter(
      ([key]) => key !== 'start' && key !== 'end' && key !== 'allDay',
    ),
  ),
);

/** What one parse shares: the times, each component's fields (validated once), tolerances. */
interface Context {
  reader: TimeReader;
  /** The fields of each component, read and validated once for all its occurrences. */
  fields: Map<Component, Fields | null>;
  tolerated: Set<string>;
}

/**
 * The fields of `item` (an override falls back on its master's), or `null` when they fail the
 * schema. An event without a SUMMARY (RFC 5545 makes it optional; Google allows untitled events)
 * keeps an empty title, which the widget shows as "Untitled" in the reader's language.
 */
function fieldsOf(
  item: Component,
  master: Component,
  uid: string,
  context: Context,
): Fields | null {
  let fields = context.fields.get(item);
  if (fields === undefined) {
    const described = describe(item, master);
    const probe = { uid, ...described, title: described.title || 'Untitled' };
    fields = FieldsSchema.safeParse(probe).success ? described : null;
    context.fields.set(item, fields);
  }
  return fields;
}

interface Built {
  /** The start as a number to sort on: the instant, or midnight UTC of the day. */
  order: number;
  /** The end's instant (timed events), for the window. */
  endInstant: number;
  event: TrainingEvent;
}

function build(
  uid: string,
  occurrence: SeriesOccurrence,
  master: Component,
  context: Context,
): Built | undefined {
  const fields = fieldsOf(occurrence.item, master, uid, context);
  if (!fields || uid.length > TEXT_LIMITS.short) return undefined;
  const { start } = occurrence;
  let { end } = occurrence;
  if (start.allDay !== end.allDay) end = start;
  if (start.allDay ? end.allDay && end.day < start.day : !end.allDay && end.instant < start.instant)
    return undefined;
  const event: TrainingEvent = {
    uid,
    ...fields,
    start: context.reader.iso(start),
    end: context.reader.iso(end),
    allDay: start.allDay,
  };
  if (!start.allDay && start.zone) event.timeZone = start.zone;
  return {
    order: start.allDay ? Date.parse(`${start.day}T00:00:00Z`) : start.instant,
    endInstant: end.allDay ? 0 : end.instant,
    event,
  };
}

/**
 * ical.js reads an observance (STANDARD or DAYLIGHT) that has RDATEs by the first value of each
 * RDATE alone, and leaves out its DTSTART, which RFC 5545 §3.6.5 makes the first onset: a zone
 * written as a list of dated changes (khal, Lotus Notes) came out in the wrong offset. Each onset
 * is given to it as an RDATE of its own, DTSTART included (a rule's iterator gives DTSTART).
 */
function spellOnsets(vtimezone: Component): void {
  for (const observance of vtimezone.getAllSubcomponents()) {
    const rdates = observance.getAllProperties('rdate');
    if (rdates.length === 0) continue;
    const onsets = new Map<number, Time>();
    const dtstart = observance.getFirstPropertyValue('dtstart') as Time | null;
    if (dtstart && typeof dtstart === 'object' && !observance.hasProperty('rrule')) {
      onsets.set(wallMs(dtstart), dtstart);
    }
    for (const property of rdates) {
      for (const value of valuesOf(property)) {
        const time = value && typeof value === 'object' && 'start' in value ? value.start : value;
        if (isTime(time) && !onsets.has(wallMs(time))) onsets.set(wallMs(time), time);
      }
    }
    observance.removeAllProperties('rdate');
    for (const onset of onsets.values()) {
      const property = new ICAL.Property('rdate', observance);
      property.setValue(onset);
      observance.addProperty(property);
    }
  }
}

/**
 * ical.js looks a TZID up in the calendar's VTIMEZONEs each time it reads a time, and a TZID with
 * no VTIMEZONE (common: the zone is a well-known name) is never remembered, so every read scans
 * all the calendar's components again: quadratic in the feed's size (5,000 VEVENTs took ten times
 * longer per event than 500). The root looks them up in a map made once instead.
 */
function indexTimeZones(root: Component): void {
  type Timezone = InstanceType<typeof ICAL.Timezone>;
  const definitions = new Map<string, Component>();
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = String(vtimezone.getFirstPropertyValue('tzid'));
    // As ical.js does: the first VTIMEZONE of a TZID counts.
    if (!definitions.has(tzid)) definitions.set(tzid, vtimezone);
  }
  const zones = new Map<string, Timezone | null>();
  root.getTimeZoneByID = (tzid: string) => {
    let zone = zones.get(tzid);
    if (zone === undefined) {
      const component = definitions.get(tzid);
      if (component) spellOnsets(component);
      zone = component ? new ICAL.Timezone({ component, tzid }) : null;
      zones.set(tzid, zone);
    }
    // ical.js's own answer for a TZID without a VTIMEZONE is null too; its type says otherwise.
    return zone as Timezone;
  };
}

/** Parses `text` and expands every event into `options.window`. */
export function parseICalendar(text: string, options: ExpandOptions): FeedResult {
  const tolerant = tolerateICalendar(text);
  let jcal: unknown;
  try {
    jcal = ICAL.parse(tolerant.text);
  } catch (error) {
    throw new FeedError('malformed', `iCalendar could not be parsed: ${String(error)}`);
  }
  // RFC 5545 §3.4: a stream holds one or more calendars; their events are read together.
  const parsed: unknown[] =
    Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal as unknown[]) : [jcal];
  const roots = parsed
    .filter((one) => Array.isArray(one) && String(one[0]).toLowerCase() === 'vcalendar')
    .map((one) => new ICAL.Component(one as unknown[]));
  if (roots.length === 0) throw new FeedError('not-calendar', 'no VCALENDAR');
  roots.forEach(indexTimeZones);
  const calendarZone = roots
    .map((root) => resolveTzid(textOf(root, 'x-wr-timezone')))
    .find(Boolean);
  const context: Context = {
    reader: new TimeReader(calendarZone ?? options.window.zone),
    fields: new Map(),
    tolerated: new Set(),
  };
  const { window } = options;
  const bounds = windowInstants(window);

  // Series by UID, each with its own overrides: one pass over the feed, never one per series.
  const masters = new Map<string, Component>();
  const overrides = new Map<string, Component[]>();
  roots
    .flatMap((root) => root.getAllSubcomponents('vevent'))
    .forEach((vevent, index) => {
      let uid = vevent.getFirstPropertyValue('uid');
      if (!uid) {
        context.tolerated.add('missing-uid');
        uid = `event-${index + 1}`;
      }
      const key = String(uid);
      if (vevent.hasProperty('recurrence-id')) {
        const list = overrides.get(key);
        if (list) list.push(vevent);
        else overrides.set(key, [vevent]);
      } else if (!masters.has(key)) {
        masters.set(key, vevent);
      }
    });
  // An override whose series is not in the feed stands on its own: one occurrence, whatever
  // rule it carries (a copy of its series'), unless it speaks for the later ones too (RANGE).
  for (const [uid, list] of overrides) {
    if (masters.has(uid)) continue;
    list.forEach((vevent, index) => {
      const range = vevent.getFirstProperty('recurrence-id')?.getParameter('range');
      if (String(range).toUpperCase() !== 'THISANDFUTURE') {
        vevent.removeAllProperties('rrule');
        vevent.removeAllProperties('rdate');
      }
      vevent.removeAllProperties('recurrence-id');
      masters.set(index === 0 ? uid : `${uid}#${index}`, vevent);
    });
    overrides.delete(uid);
  }

  const built: Built[] = [];
  const series = { bounds, maxOccurrences: options.maxOccurrences ?? MAX_OCCURRENCES };
  let skipped = 0;
  for (const [uid, master] of masters) {
    try {
      const own = overrides.get(uid) ?? [];
      const recurring =
        master.hasProperty('rrule') || master.hasProperty('rdate') || own.length > 0;
      let failed = false;
      for (const occurrence of expandSeries(master, own, context.reader, series)) {
        const one = build(
          recurring ? `${uid}#${context.reader.compact(occurrence.recurrence)}` : uid,
          occurrence,
          master,
          context,
        );
        if (!one) {
          failed = true;
          continue;
        }
        const { event } = one;
        const inside = event.allDay
          ? event.start <= window.until && event.end > window.from
          : one.order < bounds.end && Math.max(one.endInstant, one.order + 1) > bounds.start;
        if (inside) built.push(one);
      }
      if (failed) skipped += 1;
    } catch {
      skipped += 1;
    }
  }
  if (built.length === 0 && skipped > 0 && skipped === masters.size) {
    throw new FeedError('malformed', `none of the ${skipped} events could be read`);
  }
  built.sort((a, b) => a.order - b.order || a.event.title.localeCompare(b.event.title));
  const tolerated = [
    ...tolerant.applied,
    ...READER_TOLERANCES.filter((name) => context.tolerated.has(name)),
  ];
  return {
    events: built.map((one) => one.event),
    skipped,
    ...(tolerated.length > 0 ? { tolerated } : {}),
  };
}
