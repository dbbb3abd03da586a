/**
 * Makes `Date.now()` and `new Date()` start at `instant` and run on in real time, until the
 * returned function puts the real `Date` back. For browser tests whose result depends on today
 * (a calendar's default window, the day marked as today). Timers are left alone.
 *
 * Self-contained (no imports, no outer names), so that a test runner can also evaluate it in a
 * page before the page's own scripts (tests/support/firefox.ts does, over WebDriver BiDi).
 */
export function pinDate(instant: string): () => void {
  const RealDate = Date;
  const offset = RealDate.parse(instant) - RealDate.now();
  class PinnedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
