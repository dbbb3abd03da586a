// The calendar benchmarks' feed: `count` VEVENTs, a tenth of them weekly rules without an end and
// the rest single events, spread over the first half of 2026 (500 → 1,677 occurrences in six
// months). Shared by the node and the Chromium benchmarks so both time the same text.

export const BENCH_WINDOW = { from: '2026-01-01', until: '2026-06-30', zone: 'Europe/Stockholm' };

export function benchFeed(count: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mentorkit//Bench//EN'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const weeklies = count / 10;
  for (let i = 0; i < count; i++) {
    const weekly = i < weeklies;
    const month = weekly ? 1 : 1 + (i % 6);
    const day = 1 + (i % 28);
    const hour = 8 + (i % 9);
    const date = `2026${pad(month)}${pad(day)}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:bench-${i}@mentorkit.test`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=Europe/Stockholm:${date}T${pad(hour)}0000`,
      `DTEND;TZID=Europe/Stockholm:${date}T${pad(hour + 2)}0000`,
      ...(weekly ? ['RRULE:FREQ=WEEKLY'] : []),
      `SUMMARY:Mentorutbildning ${i}`,
      `DESCRIPTION:Beskrivning av utbildning ${i}. Mer på https://example.org/${i}`,
      `LOCATION:Plats ${i % 20}\\, Storgatan ${i}\\, Stockholm`,
      'X-MENTORKIT-LANGUAGES:sv,ar',
      'X-MENTORKIT-SEATS-TOTAL:20',
      `X-MENTORKIT-SEATS-TAKEN:${i % 21}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}
