// Every code the people API answers has words in Swedish and English (no code on screen), and
// repeat rules read as words: FREQ=WEEKLY;COUNT=12 → "varje vecka, 12 gånger" / "weekly, 12 times".
import { describe, expect, it } from 'vitest';
import {
  AVAILABILITY_SLOTS,
  MATCH_STATUSES,
  MEETING_MODES,
  MENTORING_GOALS,
  SWEDISH_LEVELS,
} from '@mentorkit/core';
import { PERSON_STATUSES } from '../../server/people/person-status.ts';
import { peopleEn } from './locales/en.ts';
import { peopleSv } from './locales/sv.ts';
import { readRepeatRule } from './repeat-rule.ts';

const catalogues = { sv: peopleSv, en: peopleEn };

describe.each(Object.entries(catalogues))('the people words in %s', (_, words) => {
  const notACode = (code: string, text: string) => {
    expect(text, code).not.toBe(code);
    expect(text, code).not.toBe('');
  };

  it('name every status, role, level, goal, time, way of meeting and match status', () => {
    for (const status of PERSON_STATUSES) notACode(status, words.peopleStatus({ status }));
    for (const role of ['mentor', 'mentee'] as const) notACode(role, words.peopleRole({ role }));
    for (const level of SWEDISH_LEVELS) notACode(level, words.peopleSwedishLevel({ level }));
    for (const goal of MENTORING_GOALS) notACode(goal, words.peopleGoal({ goal }));
    for (const slot of AVAILABILITY_SLOTS) notACode(slot, words.peopleSlot({ slot }));
    for (const mode of MEETING_MODES) notACode(mode, words.peopleMode({ mode }));
    for (const status of MATCH_STATUSES) notACode(status, words.peopleMatchStatus({ status }));
  });
});

describe('repeat rules in words', () => {
  const say = (rrule: string) => ({
    sv: peopleSv.peopleRepeat({ rule: readRepeatRule(rrule) }),
    en: peopleEn.peopleRepeat({ rule: readRepeatRule(rrule) }),
  });

  it('says how often and how many times', () => {
    expect(say('FREQ=WEEKLY;COUNT=12')).toEqual({
      sv: 'varje vecka, 12 gånger',
      en: 'weekly, 12 times',
    });
    expect(say('FREQ=WEEKLY;INTERVAL=2;COUNT=1')).toEqual({
      sv: 'varannan vecka, 1 gång',
      en: 'every 2 weeks, 1 time',
    });
    expect(say('RRULE:FREQ=DAILY;UNTIL=20261224T235959Z')).toEqual({
      sv: 'varje dag till och med 2026-12-24',
      en: 'daily until 2026-12-24',
    });
    expect(say('FREQ=DAILY;INTERVAL=3')).toEqual({ sv: 'var 3:e dag', en: 'every 3 days' });
  });

  it('says "repeats" for a rule outside the simple ones, never its code', () => {
    expect(say('FREQ=MONTHLY;BYDAY=1MO')).toEqual({ sv: 'Återkommande', en: 'Repeats' });
    expect(say('FREQ=WEEKLY;COUNT=x')).toEqual({ sv: 'Återkommande', en: 'Repeats' });
  });
});
