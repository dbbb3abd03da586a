/**
 * `@mentorkit/widgets/shared`: what every Mentorkit element is built on, for apps of the same
 * family (the coordinator app, demo/coordinator) that make their own elements and must speak,
 * load and look as the widgets do: the base element (theme, data-state styles, a partner's
 * wording, rendering once the language has arrived), the one LocalizeController and its
 * message bundles, the one DataController and its states. One copy of each: an app that
 * copied them would have a second registry of messages and a second language observer.
 */
export { MentorkitElement } from './mentorkit-element.ts';
export { LocalizeController } from './localize-controller.ts';
export type { WordingOverrides } from './localize-controller.ts';
export { DataController } from './data-controller.ts';
export type { DataError, DataLoader, DataSource, DataState } from './data-controller.ts';
export {
  errorText,
  renderDataState,
  renderFailure,
  renderLoadError,
  renderLoading,
} from './data-state.ts';
export { themeStyles } from './theme.styles.ts';
export { emit } from './events.ts';
export type { LazyLocale, MessageBundle } from '../locales/index.ts';
