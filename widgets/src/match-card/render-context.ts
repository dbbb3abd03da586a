/** What the card's sub-renderers need from the element, passed in so that they stay plain functions. */
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { MatchCardMessages } from './locales/sv.ts';
import type { MatchLayout } from './attributes.ts';

export interface RenderContext {
  localize: LocalizeController<MatchCardMessages>;
  layout: MatchLayout;
  /** An IANA zone for dates and times; `undefined` is the browser's own. */
  timeZone: string | undefined;
  /** Photo URLs that failed to load: their owners get the initials avatar instead. */
  brokenPhotos: ReadonlySet<string>;
  onPhotoError: (url: string) => void;
}
