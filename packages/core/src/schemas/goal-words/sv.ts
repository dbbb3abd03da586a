/**
 * The mentoring goals in words, Swedish source: the one place every surface takes them from
 * (the match card, the signup form, the coordinator's people view), so that a goal reads the
 * same wherever a mentee, a mentor or a coordinator meets it. Three forms, because the signup
 * form speaks in the person's own voice while cards and lists name the goal. Each form is an
 * export of its own, so that a widget's bundle carries only the form it shows.
 */
import type { SourceCatalogue } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';

/** A goal's name on a card or in a list. */
export const goalNameSv = /* @__PURE__ */ goalMessage({
  network: 'Kontaktnät',
  cv: 'CV',
  interview: 'Anställningsintervjuer',
  'workplace-culture': 'Kulturen på arbetsplatsen',
  'language-practice': 'Språkträning',
  'degree-validation': 'Validering av utbildning',
});

/** What a mentee ticks in the signup form ("What would you like help with?"). */
export const goalAskedSv = /* @__PURE__ */ goalMessage({
  network: 'Kontakter och nätverk',
  cv: 'Mitt cv',
  interview: 'Att förbereda en anställningsintervju',
  'workplace-culture': 'Hur det fungerar på en svensk arbetsplats',
  'language-practice': 'Att öva svenska',
  'degree-validation': 'Att få min utländska utbildning bedömd',
});

/** What a mentor ticks in the signup form ("What can you help a mentee with?"). */
export const goalOfferedSv = /* @__PURE__ */ goalMessage({
  network: 'Kontakter och nätverk',
  cv: 'Att skriva ett cv',
  interview: 'Att förbereda en anställningsintervju',
  'workplace-culture': 'Hur det fungerar på en svensk arbetsplats',
  'language-practice': 'Att öva svenska',
  'degree-validation': 'Att få en utländsk utbildning bedömd',
});

/** The three forms as one catalogue, the source every other language is typed against. */
export const goalWordsSv = {
  goalName: goalNameSv,
  goalAsked: goalAskedSv,
  goalOffered: goalOfferedSv,
} satisfies SourceCatalogue;

export type GoalWords = typeof goalWordsSv;
