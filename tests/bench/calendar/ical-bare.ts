// The baseline for parsing and expanding a feed: ical.js by itself, as a page would use it bare.
// Parse, one ICAL.Event per series with its own overrides (passed, so that ical.js does not scan
// the whole feed for each series), each occurrence to the window's end as a JS Date. No fields,
// no validation, no zones beyond ical.js's own: the least a reader of the feed must do.
import ICAL from 'ical.js';

type Component = InstanceType<typeof ICAL.Component>;

export function icalBareExpansion(text: string, from: Date, until: Date): number {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const masters: Component[] = [];
  const overrides = new Map<string, Component[]>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    if (vevent.hasProperty('recurrence-id'))
      overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    else masters.push(vevent);
  }
  const end = ICAL.Time.fromJSDate(until, true);
  let count = 0;
  for (const master of masters) {
    const event = new ICAL.Event(master, {
      exceptions: overrides.get(String(master.getFirstPropertyValue('uid'))) ?? [],
    });
    if (!event.isRecurring()) {
      if (event.startDate.toJSDate() >= from) count += 1;
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      if (details.endDate.toJSDate() >= from) count += 1;
    }
  }
  return count;
}
