// The person view's own words in Swedish and English: every key in both, and the codes it
// shows (a training's status, who classified an occupation) as words, never the code.
import { describe, expect, it } from 'vitest';
import { TRAINING_EVENT_STATUSES } from '@mentorkit/core';
import { personEn } from './locales/person-en.ts';
import { personSv } from './locales/person-sv.ts';

describe.each([
  ['sv', personSv],
  ['en', personEn],
] as const)('the person view in %s', (_, words) => {
  it('has every message of the Swedish source', () => {
    expect(Object.keys(words).sort()).toEqual(Object.keys(personSv).sort());
  });

  it('names each training status and who classified an occupation', () => {
    for (const status of TRAINING_EVENT_STATUSES) {
      expect(words.personTrainingStatus({ status }), status).not.toBe(status);
    }
    for (const by of ['own', 'lookup', 'coordinator']) {
      expect(words.personOccupationBy({ by }), by).not.toBe(by);
    }
  });
});
