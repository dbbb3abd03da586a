// When the daily digest of new signups goes out: at a fixed hour of the programme's day
// (08:00 in Stockholm), covering the signups since the one before. Wall-clock arithmetic, so
// a daylight-saving change moves nothing.
import { addDaysToWallTime, wallTimeAt, zonedToInstant } from '@mentorkit/core/time';

export const DIGEST_TIME_ZONE = 'Europe/Stockholm';

/** The first digest instant after `now`. */
export function nextDigestAt(now: Date, hour: number, zone = DIGEST_TIME_ZONE): Date {
  const wall = wallTimeAt(now.getTime(), zone);
  const today = zonedToInstant({ ...wall, hour, minute: 0, second: 0 }, zone);
  if (today > now.getTime()) return new Date(today);
  return new Date(
    zonedToInstant({ ...addDaysToWallTime(wall, 1), hour, minute: 0, second: 0 }, zone),
  );
}

/** The digest instant the day before `digestAt`: the start of what it covers. */
export function previousDigestAt(digestAt: Date, zone = DIGEST_TIME_ZONE): Date {
  const wall = wallTimeAt(digestAt.getTime(), zone);
  return new Date(zonedToInstant(addDaysToWallTime(wall, -1), zone));
}
