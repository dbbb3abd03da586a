/**
 * For a part of an extension page that renders itself (the popup's quick-log, the options
 * page's sections): the page's template holds an empty element with `${ref(mount)}`, where
 * `const mount = mountOnce(start)`, and `start` runs once, with that element, when it is first
 * in the DOM. The page re-renders its own template on every settings change; the part keeps
 * its own state and renders into its element, so it must not start twice.
 */
export function mountOnce(
  start: (host: HTMLElement) => void | Promise<void>,
): (element: Element | undefined) => void {
  let mounted = false;
  return (element) => {
    if (!(element instanceof HTMLElement) || mounted) return;
    mounted = true;
    // A part that fails to start has nothing else to report it to: say so in the console.
    Promise.resolve(start(element)).catch((error: unknown) =>
      console.error('Mentorkit: could not start a part of the page:', error),
    );
  };
}
