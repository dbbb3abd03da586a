/**
 * `@mentorkit/widgets`: the widget classes (without registering them; import
 * `@mentorkit/widgets/define` for that) and the shared types a page or a framework needs.
 * Each widget adds its line here: `export * from './signup-form/index.ts';`.
 */
export type { MkEventName, MkEventDetail } from './shared/events.ts';
export type { DataError, DataErrorKind, DataStatus, DataState } from './shared/data-controller.ts';
export type { ThemeToken } from './shared/theme.styles.ts';
export { THEME_TOKENS } from './shared/theme.styles.ts';
export type { Locale, TextDirection } from '@mentorkit/core/i18n';
export * from './follow-up/index.ts';
export * from './glossary/index.ts';
export * from './match-card/index.ts';
export * from './signup-form/index.ts';
export * from './training-calendar/index.ts';
