// The person view as a page of the coordinator app: `#person=<id>` shows <mk-person-view> in
// place of the workspace's other parts (the list's links and the matches' names lead there),
// any other address shows them again. Focus goes to the person's name on the way in and back
// to the link that led there on the way out, so a keyboard or screen reader user keeps their
// place. The view's dialog actions open the page's own dialogs and panels (erasure.ts,
// occupation.ts, matching.ts); when a dialog closes, the view loads the person again, unless
// they were erased: then the page goes back to the list, which says so (main.ts).
import { Unauthorized } from '../api.ts';
import { currentSession } from '../current-session.ts';
import { byId } from '../dom.ts';
import { openErasure } from '../erasure.ts';
import { onMatchProposed, proposeFor } from '../matching.ts';
import { openOccupation } from '../occupation.ts';
import { handleFailure } from '../session.ts';
import './define-person-view.ts';

/** The signup id in `#person=<id>`, or undefined for any other address. */
export function personIdOf(hash: string): string | undefined {
  const found = /^#person=([^&]+)$/.exec(hash);
  if (!found) return undefined;
  try {
    return decodeURIComponent(found[1]!) || undefined;
  } catch {
    return undefined;
  }
}

/** The workspace's parts that stay while a person shows: the signed-in bar and proposals. */
const KEPT = '#account, #proposal';
/** Marks what the route hid, so that it shows again only what it hid (not, say, administration). */
const HIDDEN_BY_ROUTE = 'data-hidden-for-person';

/** The first element matching `selector` in `root` or any open shadow root below it. */
function deepQuery(root: ParentNode, selector: string): HTMLElement | undefined {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return undefined;
}

export interface PersonRoute {
  /** Loads the person shown again (after a change elsewhere); nothing when none shows. */
  reload(): Promise<unknown>;
  /**
   * Signed in: shows the person the address names, if any (answers whether one shows). Until
   * then the route shows no one, so nothing is asked that would be refused.
   */
  enter(): boolean;
  /** The person was erased: if they show, back to the list (the address too, not in history). */
  forget(id: string): void;
}

/** Wires the route. */
export function initPersonRoute(): PersonRoute {
  const workspace = byId('workspace', HTMLElement);
  const page = document.createElement('div');
  page.id = 'person-page';
  page.hidden = true;
  const view = document.createElement('mk-person-view');
  view.backHref = '#people';
  page.append(view);
  const bar = workspace.querySelector('#account');
  if (bar) bar.after(page);
  else workspace.prepend(page);

  let shownId: string | undefined;

  // The dialogs are the page's (main.ts reloads this view after a classification or an erasure).
  view.addEventListener('mk-person-classify', (event) => openOccupation(event.detail.signup));
  view.addEventListener('mk-person-erase', (event) => openErasure(event.detail.signup));
  view.addEventListener('mk-person-propose', (event) => void proposeFor(event.detail.signup));
  // A match proposed in the proposal panel makes the person "contacted": their view loads them
  // again.
  onMatchProposed(() => {
    if (shownId !== undefined) void view.reload();
  });
  view.addEventListener('mk-person-session-ended', () =>
    handleFailure(new Unauthorized('The session has ended.')),
  );

  function showPerson(id: string): void {
    for (const part of workspace.children) {
      if (part === page || part.matches(KEPT) || !(part instanceof HTMLElement) || part.hidden)
        continue;
      part.hidden = true;
      part.setAttribute(HIDDEN_BY_ROUTE, '');
    }
    byId('proposal', HTMLElement).hidden = true;
    page.hidden = false;
    shownId = id;
    view.personId = id;
    view.focusHeading();
  }

  function showList(): void {
    const leaving = shownId;
    shownId = undefined;
    page.hidden = true;
    view.personId = '';
    for (const part of workspace.querySelectorAll<HTMLElement>(`[${HIDDEN_BY_ROUTE}]`)) {
      part.hidden = false;
      part.removeAttribute(HIDDEN_BY_ROUTE);
    }
    if (leaving === undefined) return;
    // What was done in the person's view (a proposal, a withdrawal) shows in their row.
    void document.querySelector('mk-people-list')?.reload();
    // Back to the link that led here (the list's, in its shadow root), else the list itself.
    const link = deepQuery(
      workspace,
      `a[href="#person=${CSS.escape(encodeURIComponent(leaving))}"]`,
    );
    (link ?? deepQuery(workspace, '#people'))?.focus();
  }

  const route = () => {
    // Signed out, a person would be refused (401): the address waits for enter().
    const id = currentSession() ? personIdOf(location.hash) : undefined;
    if (id) showPerson(id);
    else showList();
  };
  window.addEventListener('hashchange', route);
  route();
  return {
    reload: () => (shownId === undefined ? Promise.resolve() : view.reload()),
    enter() {
      route();
      return shownId !== undefined;
    },
    forget(id) {
      if (shownId !== id) return;
      // Gone for good: no link to return the focus to, and Back must not lead to "not found".
      shownId = undefined;
      history.replaceState(null, '', '#people');
      showList();
    },
  };
}
