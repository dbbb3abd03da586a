// The coordinator page shows every code the API answers as words (issue 19): the reasons a
// mentor is suggested for, the matches' statuses, the trainings' repeat rules, the sessions the
// extension shared and the outbox's mails. Each test fails when a code would reach the screen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AVAILABILITY_SLOTS,
  MATCH_STATUSES,
  MEETING_MODES,
  MENTORING_GOALS,
  SESSION_MODES,
  SESSION_TOPICS,
  TRAINING_EVENT_STATUSES,
  scoreMatch,
  type MatchCandidate,
} from '@mentorkit/core';
import { goalNameEn } from '@mentorkit/core/goal-words/en';
import {
  groupWords,
  mailKindWords,
  matchStatusWords,
  reasonWords,
  repeatWords,
  sessionModeWords,
  sessionTopicWords,
  trainingStatusWords,
} from './code-words.ts';

/**
 * The codes of core's vocabularies that a careless view would print as they are ("network" or
 * "remote" are words too, and read the same as their codes), language codes and a group's code.
 */
const CODES = [
  ...[
    ...MENTORING_GOALS,
    ...AVAILABILITY_SLOTS,
    ...MEETING_MODES,
    ...SESSION_TOPICS,
    ...SESSION_MODES,
  ].filter((code) => code.includes('-') || code === 'cv'),
  'sv',
  'ar',
  '2211',
];
const containsCode = (text: string) =>
  CODES.filter((code) => new RegExp(`(^|[\\s:,(])${code}($|[\\s,)])`).test(text));

const person = (overrides: Partial<MatchCandidate>): MatchCandidate => ({
  id: 'x',
  role: 'mentor',
  profession: 'Läkare',
  occupation: { ssyk: '2211' },
  industry: 'Vård',
  region: 'Uppsala',
  languages: [
    { code: 'sv', level: 'native' },
    { code: 'ar', level: 'B2' },
  ],
  goals: [...MENTORING_GOALS],
  availability: [...AVAILABILITY_SLOTS],
  meetingModes: ['in-person', 'remote'],
  capacity: { max: 3, active: 1 },
  ...overrides,
});

describe('the reasons a mentor is suggested for', () => {
  const { reasons } = scoreMatch(
    person({}),
    person({ id: 'y', role: 'mentee', profession: 'Överläkare', capacity: undefined }),
    undefined,
    {
      groupNames: (code) => (code === '2211' ? 'Specialist physicians' : undefined),
    },
  );

  it('name no code, where the matching’s own labels do', () => {
    // The labels (for logs) carry the codes: this is what the words replace.
    expect(reasons.flatMap(({ label }) => containsCode(label))).not.toEqual([]);
    const shown = reasons.map(reasonWords);
    expect(shown.flatMap(containsCode)).toEqual([]);
  });

  it('say what they are about in words', () => {
    const shown = Object.fromEntries(reasons.map((reason) => [reason.kind, reasonWords(reason)]));
    expect(shown.profession).toBe('Same occupation group: Specialist physicians');
    expect(shown.language).toBe('A shared language: Arabic, Swedish');
    expect(shown.goals).toContain(goalNameEn({ goal: 'degree-validation' }));
    expect(shown.availability).toBe(
      'Times that suit both: Weekdays, daytime, Weekday evenings, Weekends, In person, Remote',
    );
    expect(shown.region).toBe('Live close to each other: Uppsala');
    expect(shown.capacity).toBe('The mentor has room: 2 more mentees');
  });

  it('name an occupation group without its code, unless the code is all there is', () => {
    expect(groupWords('2211 Specialist physicians')).toBe('Specialist physicians');
    expect(groupWords('Related occupations: 221 Physicians')).toBe(
      'Related occupations: Physicians',
    );
    expect(groupWords('Same occupation group: ISCO 7212')).toBe('Same occupation group');
    expect(groupWords('Same occupation: Svetsare 2')).toBe('Same occupation: Svetsare 2');
    expect(groupWords('2211')).toBe('2211');
  });

  it("show a partner's own reason (other) as its label, which is in the reader's language", () => {
    expect(reasonWords({ kind: 'other', label: 'Same union branch' })).toBe('Same union branch');
  });
});

describe('the codes of matches, trainings and shared sessions', () => {
  it.each(MATCH_STATUSES)('match status %s is a word', (status) => {
    expect(matchStatusWords(status)).not.toBe(status);
    expect(matchStatusWords(status)).toMatch(/^[A-Z]/);
  });

  it.each(TRAINING_EVENT_STATUSES)('training status %s is a word', (status) => {
    expect(trainingStatusWords(status)).not.toBe(status);
  });

  it('reads a repeat rule as words, and one it cannot read as "Repeats"', () => {
    expect(repeatWords('FREQ=WEEKLY;COUNT=12')).toBe('Repeats weekly, 12 times');
    expect(repeatWords('FREQ=WEEKLY;INTERVAL=2;UNTIL=20270601T000000Z')).toBe(
      'Repeats every 2 weeks until 2027-06-01',
    );
    expect(repeatWords('FREQ=MONTHLY;BYDAY=1MO')).toBe('Repeats');
  });

  // The mentor chose these in the extension: the coordinator reads the same words.
  const extensionEn = JSON.parse(
    readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'),
  ) as Record<string, { message: string }>;
  const key = (prefix: string, code: string) =>
    prefix +
    code.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

  it.each(SESSION_TOPICS)(
    'session topic %s: a goal by its goal name, else the extension’s word',
    (topic) => {
      const words = sessionTopicWords(topic);
      expect(
        (MENTORING_GOALS as readonly string[]).includes(topic)
          ? goalNameEn({ goal: topic })
          : extensionEn[key('topic', topic)]?.message,
      ).toBe(words);
    },
  );

  it.each(SESSION_MODES)('session mode %s: the extension’s word', (mode) => {
    expect(sessionModeWords(mode)).toBe(extensionEn[key('mode', mode)]?.message);
  });

  it.each([
    'signup-confirmation',
    'signup-notice',
    'signup-digest',
    'match-introduction',
    'match-reminder',
    'meeting-reminder',
    'follow-up',
    'coordinator-sign-in',
  ])('mail kind %s is words', (kind) => {
    expect(mailKindWords(kind)).not.toBe('mail');
    expect(mailKindWords(kind)).not.toBe(kind);
  });
});
