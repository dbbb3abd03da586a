// The calendar feeds from elsewhere as cards: the name, the programme by name, whether the
// backend can fetch it and, when not, why in words and what calendars show meanwhile, the
// address it comes from and the calendar widget's snippet for the backend's copy. Fetch now;
// Remove asks once more, in the card (the API deletes: there is no Undo).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { ExternalFeed } from '../api-types.ts';
import type { ProgrammeList } from '../trainings/programme-field.ts';
import { programmeLine } from '../trainings/programme-field.ts';
import type { FeedsMessages } from './feeds-messages.ts';

type Localize = LocalizeController<FeedsMessages>;

export interface FeedListView {
  localize: Localize;
  feeds: readonly ExternalFeed[];
  programmes: ProgrammeList;
  /** The feed whose removal is being asked about. */
  confirming: string | undefined;
  /** The feed being fetched now. */
  fetching: string | undefined;
  busy: boolean;
  onFetch(feed: ExternalFeed): void;
  onRemove(feed: ExternalFeed): void;
  onConfirm(feed: ExternalFeed): void;
  onKeep(feed: ExternalFeed): void;
}

/** The heading's id of a feed's card (what the focus goes to after an action on it). */
export const feedHeadingId = (id: string): string => `feed-${id.replace(/[^\w-]/g, '_')}`;

/** The backend's copy, in full: what a partner's calendar widget shows. */
const copyUrl = (feed: ExternalFeed) => new URL(feed.path, window.location.origin).href;

/** The calendar widget's markup for the copy, shown as text to be copied. */
const snippet = (feed: ExternalFeed) =>
  `<mk-training-calendar src="${copyUrl(feed)}"></mk-training-calendar>`;

export const eventsIn = (localize: Localize, count: number): string =>
  localize.term('feedsEvents', { count });

/** The coordinator view's clock, as the rest of the page tells time (format.ts). */
const VIEW_ZONE = 'Europe/Stockholm';

const when = (localize: Localize, iso: string) =>
  `${localize.formatDate(iso, { timeZone: VIEW_ZONE })} ${localize.formatTime(iso, { timeZone: VIEW_ZONE })}`;

function statusLine(localize: Localize, feed: ExternalFeed): TemplateResult {
  const term = localize.term.bind(localize);
  const events = eventsIn(localize, feed.events);
  if (!feed.lastError) {
    return html`<p class="feed-ok">
      ${term('feedsWorking', { events, checked: when(localize, feed.lastSuccessAt ?? feed.createdAt) })}
    </p>`;
  }
  const kept = feed.copyFetchedAt
    ? term('feedsKept', { at: when(localize, feed.copyFetchedAt), events })
    : term('feedsNoCopy');
  return html`<p class="error">
    ${term('feedsBroken', {
      since: when(localize, feed.lastAttemptAt ?? feed.createdAt),
      why: term('feedsError', { code: feed.lastError }),
    })}
    ${kept} ${term('feedsNextTry', { at: when(localize, feed.nextFetchAt) })}
  </p>`;
}

function actions(view: FeedListView, feed: ExternalFeed): TemplateResult {
  const term = view.localize.term.bind(view.localize);
  const name = feed.name;
  if (view.confirming === feed.id) {
    const questionId = `confirm-${feedHeadingId(feed.id)}`;
    return html`<div class="confirm" role="group" aria-labelledby=${questionId}>
      <p id=${questionId}>${term('feedsConfirmRemove', { name })}</p>
      <div class="actions">
        <button
          type="button"
          class="danger confirm-remove"
          aria-disabled=${view.busy ? 'true' : 'false'}
          @click=${() => view.onConfirm(feed)}
        >
          ${term('feedsConfirmYes')}
        </button>
        <button type="button" class="keep" @click=${() => view.onKeep(feed)}>
          ${term('keepIt')}
        </button>
      </div>
    </div>`;
  }
  const fetching = view.fetching === feed.id;
  return html`<div class="actions">
    <button
      type="button"
      class="fetch"
      aria-label=${fetching ? nothing : term('feedsFetchNowNamed', { name })}
      aria-disabled=${view.busy ? 'true' : 'false'}
      @click=${() => view.onFetch(feed)}
    >
      ${fetching ? term('feedsFetching') : term('feedsFetchNow')}
    </button>
    <button
      type="button"
      class="danger remove"
      aria-label=${term('feedsRemoveNamed', { name })}
      @click=${() => view.onRemove(feed)}
    >
      ${term('feedsRemove')}
    </button>
  </div>`;
}

function card(view: FeedListView, feed: ExternalFeed): TemplateResult {
  const { localize } = view;
  const term = localize.term.bind(localize);
  const headingId = feedHeadingId(feed.id);
  return html`<li class="card" data-feed-id=${feed.id} aria-labelledby=${headingId}>
    <h3 id=${headingId} tabindex="-1">${feed.name}</h3>
    <p>${programmeLine(localize, view.programmes, feed.programmeId)}</p>
    ${statusLine(localize, feed)}
    <p class="muted">${term('feedsFrom')} <span class="feed-url">${feed.url}</span></p>
    <p>
      ${term('feedsSnippet')}
      <code>${snippet(feed)}</code>
    </p>
    ${actions(view, feed)}
  </li>`;
}

export function renderFeedList(view: FeedListView): TemplateResult {
  if (view.feeds.length === 0) {
    return html`<p class="empty">${view.localize.term('feedsNone')}</p>`;
  }
  return html`<ul id="feeds" class="cards" aria-labelledby="feeds-heading">
    ${view.feeds.map((feed) => card(view, feed))}
  </ul>`;
}
