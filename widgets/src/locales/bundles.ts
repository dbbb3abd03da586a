/**
 * Every bundle of messages, the common one and each widget's, by name: for the tests that hold
 * every catalogue to its Swedish source and for the translators' XLIFF export
 * (scripts/ui-xliff.ts). A new widget adds its line. Not imported by any widget: each registers
 * its own bundle, so that a page carries only the messages of the widgets it shows.
 */
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import { commonMessages } from './index.ts';
import type { MessageBundle } from './index.ts';
import { followUpMessages } from '../follow-up/locales/index.ts';
import { glossaryMessages } from '../glossary/locales/index.ts';
import { matchMessages } from '../match-card/locales/index.ts';
import { signupMessages } from '../signup-form/locales/index.ts';
import { signupMatchingMessages } from '../signup-form/matching-locales/index.ts';
import { calendarMessages } from '../training-calendar/locales/index.ts';

export const MESSAGE_BUNDLES: Readonly<Record<string, MessageBundle<SourceCatalogue>>> = {
  common: commonMessages,
  'follow-up': followUpMessages,
  glossary: glossaryMessages,
  'match-card': matchMessages,
  'signup-form': signupMessages,
  'signup-form-matching': signupMatchingMessages,
  'training-calendar': calendarMessages,
};
