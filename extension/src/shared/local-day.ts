// The mentor's own calendar day, `YYYY-MM-DD`. Apart from the UI's labels (which need the
// browser's i18n) so that node tests of what depends on the day can import it.

/** Today (or `now`'s day) in the mentor's own calendar. */
export function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
