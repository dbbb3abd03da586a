/**
 * ical.js times → the calendar's moments: a day for a date, an instant (epoch ms) for a
 * date-time. A TZID that names an IANA zone (directly, by a Windows name, at the end of a path)
 * is converted with the browser's tz database; a zone only the feed's VTIMEZONE defines, by
 * ical.js with it; UTC is UTC; floating times are read in the calendar's zone.
 */
import type ICAL from 'ical.js';
import { dateKeyOf, isTimeZone, zonedToInstant } from '@mentorkit/core/time';
import { ianaFromWindows } from './windows-zones.ts';

export type Time = InstanceType<typeof ICAL.Time>;

/** A moment of an occurrence: its day when all-day, else its instant. */
export type When =
  | { allDay: true; day: string }
  | {
      allDay: false;
      instant: number;
      /** The IANA zone it was planned in (shown when it differs from the viewer's). */
      zone?: string;
      /** The zone to write its ISO string in (`zone`, or the floating zone). */
      isoZone?: string;
    };

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

/** How one feed reads its times: the floating zone, and each TZID resolved once. */
export class TimeReader {
  readonly floatingZone: string;
  private readonly zones = new Map<string, string | undefined>();

  constructor(floatingZone: string) {
    this.floatingZone = floatingZone;
  }

  zoneOf(tzid: string): string | undefined {
    if (!this.zones.has(tzid)) this.zones.set(tzid, resolveTzid(tzid));
    return this.zones.get(tzid);
  }

  /** `time` (written with `tzid`, if any) as a day or an instant. */
  when(time: Time, tzid: string | undefined): When {
    if (time.isDate) return { allDay: true, day: dateKeyOf(time) };
    const zoneName = time.zone?.tzid;
    if (zoneName === 'UTC' || (!tzid && zoneName !== 'floating' && zoneName !== undefined)) {
      return { allDay: false, instant: wallMs(time) };
    }
    const iana = tzid ? this.zoneOf(tzid) : undefined;
    if (iana)
      return { allDay: false, instant: zonedToInstant(time, iana), zone: iana, isoZone: iana };
    if (tzid && zoneName && zoneName !== 'floating') {
      // A zone only the feed's VTIMEZONE defines: ical.js converts with it.
      return { allDay: false, instant: time.toUnixTime() * 1000 };
    }
    return {
      allDay: false,
      instant: zonedToInstant(time, this.floatingZone),
      isoZone: this.floatingZone,
    };
  }
}

/** The wall time's fields read as if in UTC: for ordering and wall-clock arithmetic. */
export const wallMs = (time: Time) =>
  Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
