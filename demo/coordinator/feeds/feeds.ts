/**
 * `<mk-feeds>`: calendar feeds from elsewhere (Outlook, Google, Teamup) per programme
 * (GET /api/coordinator/feeds, the actor's programmes' only), in Swedish or English as the
 * page's `lang` says, on the widgets' base element like the people list (decision 0032). The
 * coordinator adds a feed's address, sees whether the backend can fetch it and why not in
 * words, fetches it again, and removes it after a second question (the API deletes: no Undo).
 * After an add or a fetch the focus goes to the feed's card, after a refusal to the first
 * field to correct, after a removal to the heading. Loading, empty and failed (Try again).
 *
 * @fires mk-feeds-failure - The session ended (the page asks to sign in again).
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import { ApiError, Unauthorized, api, apiJson } from '../api.ts';
import type { ExternalFeed } from '../api-types.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import { focusFirstInvalid } from '../shared/field-errors.ts';
import { cardsStyles } from '../shared/cards.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import type { ProgrammeList } from '../trainings/programme-field.ts';
import { trainingsStyles } from '../trainings/trainings.styles.ts';
import { checkFeed, readFeed, refusedFeedFields, renderFeedForm } from './feed-form.ts';
import { eventsIn, feedHeadingId, renderFeedList } from './feed-list.ts';
import type { FeedsMessages } from './feeds-messages.ts';
import { feedsMessages } from './feeds-messages.ts';
import { feedsStyles } from './feeds.styles.ts';
import './feeds-events.ts';

interface Loaded {
  feeds: ExternalFeed[];
  programmes: ProgrammeList;
}

type Notice = { kind: 'done' | 'failed'; text: string } | undefined;

export class MkFeeds extends MentorkitElement<FeedsMessages> {
  // The cards, the form's grid and the notices are laid out as <mk-trainings>' are.
  static override styles = [
    MentorkitElement.styles,
    controlsStyles,
    cardsStyles,
    trainingsStyles,
    feedsStyles,
  ];

  static override properties: PropertyDeclarations = {
    src: {},
    programmesSrc: { attribute: 'programmes-src' },
    manual: { type: Boolean },
    notice: { state: true },
    errors: { state: true },
    confirming: { state: true },
    fetching: { state: true },
    busy: { state: true },
  };

  /** The list's address (default: the reference backend's); adds POST to it. */
  src = '/api/coordinator/feeds';
  programmesSrc = '/api/coordinator/programmes';
  /** Loads only when the page calls `reload()` (once signed in). */
  manual = false;
  notice: Notice;
  errors: FieldErrors = {};
  confirming: string | undefined;
  fetching: string | undefined;
  busy = false;

  protected readonly localize = this.localizeWith(feedsMessages);
  private readonly data = new DataController<Loaded>(this, { parse: (body) => body as Loaded });
  private failure: unknown;
  private programme = '';
  private pendingFocus: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  /** Loads the feeds and programmes again. */
  async reload(): Promise<void> {
    await this.data.load(() => this.fetchAll());
    await this.updateComplete;
  }

  private async fetchAll(): Promise<Loaded> {
    this.failure = undefined;
    try {
      const [feeds, programmes] = await Promise.all([
        apiJson<ExternalFeed[]>(this.src),
        apiJson<ProgrammeList>(this.programmesSrc),
      ]);
      return { feeds, programmes };
    } catch (error) {
      this.failure = error;
      if (error instanceof Unauthorized) emit(this, 'mk-feeds-failure', { error });
      throw error;
    }
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (!target) return;
    this.pendingFocus = undefined;
    target.focus();
  }

  private failed(error: unknown): Notice {
    if (error instanceof Unauthorized) emit(this, 'mk-feeds-failure', { error });
    return {
      kind: 'failed',
      text:
        error instanceof ApiError
          ? this.localize.term('changeFailed', { status: error.status })
          : this.localize.term('changeUnreachable'),
    };
  }

  private why(feed: ExternalFeed): string {
    return this.localize.term('feedsError', { code: feed.lastError ?? '' });
  }

  private async add(form: HTMLFormElement): Promise<void> {
    if (this.busy) return;
    const feed = readFeed(form);
    this.programme = feed.programme;
    // The notice says what this attempt did, never the one before.
    this.notice = undefined;
    const errors = checkFeed(this.localize, feed);
    if (Object.keys(errors).length > 0) {
      await this.refuse(errors);
      return;
    }
    this.errors = {};
    this.busy = true;
    try {
      const added = await apiJson<ExternalFeed>(this.src, { method: 'POST', body: feed });
      form.reset();
      await this.reload();
      const term = this.localize.term.bind(this.localize);
      this.notice = {
        kind: 'done',
        text: added.lastError
          ? term('feedsAddedBroken', { name: added.name, why: this.why(added) })
          : term('feedsAdded', { name: added.name, events: eventsIn(this.localize, added.events) }),
      };
      this.pendingFocus = `#${feedHeadingId(added.id)}`;
    } catch (error) {
      const refused = refusedFeedFields(this.localize, error);
      if (refused) await this.refuse(refused);
      else this.notice = this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private async refuse(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.notice = { kind: 'failed', text: this.localize.term('feedsNotAdded') };
    await this.updateComplete;
    focusFirstInvalid(this.renderRoot);
  }

  private async fetchNow(feed: ExternalFeed): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.fetching = feed.id;
    this.notice = undefined;
    try {
      const status = await apiJson<ExternalFeed>(
        `${this.src}/${encodeURIComponent(feed.id)}/refresh`,
        { method: 'POST' },
      );
      await this.reload();
      const term = this.localize.term.bind(this.localize);
      this.notice = {
        kind: 'done',
        text: status.lastError
          ? term('feedsNotFetched', { name: feed.name, why: this.why(status) })
          : term('feedsFetched', {
              name: feed.name,
              events: eventsIn(this.localize, status.events),
            }),
      };
    } catch (error) {
      this.notice = this.failed(error);
    } finally {
      this.busy = false;
      this.fetching = undefined;
    }
    this.pendingFocus = `#${feedHeadingId(feed.id)}`;
  }

  private askToRemove(feed: ExternalFeed): void {
    this.notice = undefined;
    this.confirming = feed.id;
    this.pendingFocus = '.confirm .keep';
  }

  private keep(feed: ExternalFeed): void {
    this.confirming = undefined;
    this.pendingFocus = `li[data-feed-id="${CSS.escape(feed.id)}"] button.remove`;
  }

  private async removeFeed(feed: ExternalFeed): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await api(`${this.src}/${encodeURIComponent(feed.id)}`, { method: 'DELETE' });
      this.confirming = undefined;
      await this.reload();
      this.notice = { kind: 'done', text: this.localize.term('feedsRemoved', { name: feed.name }) };
      // The card is gone: the section's heading is where the list begins again.
      this.pendingFocus = '#feeds-heading';
    } catch (error) {
      this.confirming = undefined;
      this.notice = this.failed(error);
      this.pendingFocus = `#${feedHeadingId(feed.id)}`;
    } finally {
      this.busy = false;
    }
  }

  private readonly errorText = () => {
    const failure = this.failure;
    return failure instanceof ApiError
      ? {
          title: this.localize.term('errorHttpTitle'),
          body: this.localize.term('errorHttpBody', { status: failure.status }),
        }
      : undefined;
  };

  private renderLoaded(loaded: Loaded): TemplateResult {
    return html`${renderFeedList({
      localize: this.localize,
      feeds: loaded.feeds,
      programmes: loaded.programmes,
      confirming: this.confirming,
      fetching: this.fetching,
      busy: this.busy,
      onFetch: (feed) => void this.fetchNow(feed),
      onRemove: (feed) => this.askToRemove(feed),
      onConfirm: (feed) => void this.removeFeed(feed),
      onKeep: (feed) => this.keep(feed),
    })}
    ${renderFeedForm({
      localize: this.localize,
      errors: this.errors,
      programmes: loaded.programmes,
      programme: this.programme,
      busy: this.busy,
      onSubmit: (form) => void this.add(form),
    })}`;
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const notice = this.notice;
    const shown = this.data.shown;
    return html`<h2 id="feeds-heading" tabindex="-1">${term('feedsHeading')}</h2>
      <p>${term('feedsIntro')}</p>
      <p class="notice" aria-live="polite">${notice?.kind === 'done' ? notice.text : ''}</p>
      <p class="error" role="alert">${notice?.kind === 'failed' ? notice.text : ''}</p>
      ${
        shown
          ? html`<div aria-busy=${this.data.status === 'loading' ? 'true' : 'false'}>
              ${this.renderLoaded(shown)}
            </div>`
          : renderDataState(this.data, this.localize, () => nothing, {
              errorText: this.errorText,
              retry: () => void this.reload(),
            })
      }`;
  }
}
