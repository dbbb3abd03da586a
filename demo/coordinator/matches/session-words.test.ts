// The ways of meeting and the topics a mentor chose in the extension read to the coordinator in
// the extension's own words, Swedish and English (extension/_locales/*/messages.json); a topic
// that is a mentoring goal takes the goal's name instead (shared-sessions.ts). Fails on a word
// that drifts from the extension's, or a code without words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MENTORING_GOALS, SESSION_MODES, SESSION_TOPICS } from '@mentorkit/core';
import { matchesEn } from './locales/en.ts';
import { matchesSv } from './locales/sv.ts';

const extension = (lang: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../extension/_locales/${lang}/messages.json`, import.meta.url),
      'utf8',
    ),
  ) as Record<string, { message: string }>;

/** `workplace-visit` → `modeWorkplaceVisit`, the extension's message key. */
const key = (prefix: string, code: string) =>
  prefix +
  code.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

const goals: ReadonlySet<string> = new Set(MENTORING_GOALS);

for (const [lang, catalogue] of [
  ['sv', matchesSv],
  ['en', matchesEn],
] as const) {
  describe(`the shared sessions' words (${lang})`, () => {
    const messages = extension(lang);

    it.each(SESSION_MODES)('way of meeting %s: the extension’s word', (mode) => {
      expect(catalogue.sharedMode({ mode })).toBe(messages[key('mode', mode)]?.message);
    });

    it.each(SESSION_TOPICS.filter((topic) => !goals.has(topic)))(
      'topic %s (not a goal): the extension’s word',
      (topic) => {
        expect(catalogue.sharedTopic({ topic })).toBe(messages[key('topic', topic)]?.message);
      },
    );
  });
}
