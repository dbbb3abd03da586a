import { describe, expect, it } from 'vitest';
import { MatchProfileSchema } from '@mentorkit/core';
import { FULL_MATCH, PRIVATE_STRINGS, hostileMatch } from './testing/fixtures.ts';
import { isKnownTimeZone, parseAudience, parseLayout } from './attributes.ts';
import {
  firstName,
  groupNameFor,
  goalCoverage,
  matchView,
  meetingProgress,
  sharedLanguageKeys,
} from './view-model.ts';

describe('match card view model', () => {
  it('the fixtures are valid profiles', () => {
    expect(MatchProfileSchema.safeParse(FULL_MATCH).success).toBe(true);
    expect(MatchProfileSchema.safeParse(hostileMatch()).success).toBe(true);
  });

  it('defaults to participant and fails closed to public on an unknown audience', () => {
    expect(parseAudience(null)).toBe('participant');
    expect(parseAudience(undefined)).toBe('participant');
    expect(parseAudience('')).toBe('participant');
    expect(parseAudience('coordinator')).toBe('coordinator');
    expect(parseAudience('public')).toBe('public');
    expect(parseAudience('coordinater')).toBe('public');
    expect(parseAudience('PARTICIPANT')).toBe('public');
  });

  it('takes compact only when asked, full otherwise', () => {
    expect(parseLayout('compact')).toBe('compact');
    expect(parseLayout('full')).toBe('full');
    expect(parseLayout('tiny')).toBe('full');
    expect(parseLayout(null)).toBe('full');
  });

  it('keeps no name, initials, photo or contact detail in the public view', () => {
    const view = matchView(FULL_MATCH, 'public');
    const serialised = JSON.stringify(view);
    for (const secret of PRIVATE_STRINGS) expect(serialised).not.toContain(secret);
    expect(view.mentor).not.toHaveProperty('name');
    expect(view.mentor).not.toHaveProperty('initials');
    expect(view.mentee).not.toHaveProperty('avatarUrl');
    expect(view).not.toHaveProperty('score');
    expect(view).not.toHaveProperty('status');
    expect(view).not.toHaveProperty('nextMeeting');
    expect(view.mentor.profession).toBe('Svetsare');
  });

  it('gives participants names and photos but not contact details or the score', () => {
    const view = matchView(FULL_MATCH, 'participant');
    expect(view.mentor.name).toBe('Birgitta Lindqvist');
    expect(view.mentee.avatarUrl).toBe(FULL_MATCH.mentee.avatarUrl);
    expect(view.mentor).not.toHaveProperty('email');
    expect(view.mentee).not.toHaveProperty('phone');
    expect(view).not.toHaveProperty('score');
    expect(view.status).toBe('proposed');
  });

  it('gives coordinators everything', () => {
    const view = matchView(FULL_MATCH, 'coordinator');
    expect(view.mentor.email).toBe('birgitta.lindqvist@example.se');
    expect(view.mentee.phone).toBe('+46 72 555 01 23');
    expect(view.score).toBe(0.82);
    expect(view.nextMeeting).toBe(FULL_MATCH.nextMeeting);
  });

  it('marks the languages both speak, by primary subtag', () => {
    expect([...sharedLanguageKeys(FULL_MATCH.mentor, FULL_MATCH.mentee)].sort()).toEqual([
      'ar',
      'sv',
    ]);
    const mentor = { ...FULL_MATCH.mentor, languages: [{ code: 'sv-FI', level: 'C1' as const }] };
    expect([...sharedLanguageKeys(mentor, FULL_MATCH.mentee)]).toEqual(['sv']);
    const view = matchView(FULL_MATCH, 'participant');
    expect(view.mentee.languages.map((l) => [l.code, l.shared])).toEqual([
      ['ti', false],
      ['ar', true],
      ['sv', true],
    ]);
  });

  it("sets the mentee's goals against the mentor's expertise", () => {
    expect(goalCoverage(FULL_MATCH)).toEqual([
      { goal: 'network', covered: true },
      { goal: 'cv', covered: false },
      { goal: 'workplace-culture', covered: true },
    ]);
    expect(matchView(FULL_MATCH, 'public').mentor.topics).toEqual(FULL_MATCH.mentor.expertise);
  });

  it('counts meetings held against planned', () => {
    expect(meetingProgress(FULL_MATCH)).toEqual({ held: 3, planned: 10 });
    const withoutPlan = { ...FULL_MATCH };
    delete withoutPlan.plannedMeetings;
    expect(meetingProgress(withoutPlan)).toEqual({ held: 3 });
    const neither = { ...withoutPlan };
    delete neither.meetingsHeld;
    expect(meetingProgress(neither)).toBeUndefined();
    expect(meetingProgress({ ...FULL_MATCH, meetingsHeld: undefined })).toEqual({
      held: 0,
      planned: 10,
    });
  });

  it("shows the backend's reason labels to coordinators only; `other` keeps its label as title", () => {
    for (const audience of ['public', 'participant'] as const) {
      const reasons = matchView(FULL_MATCH, audience).reasons;
      expect(reasons.map((reason) => reason.kind)).toEqual(
        FULL_MATCH.reasons.map((reason) => reason.kind),
      );
      expect(reasons.some((reason) => 'detail' in reason)).toBe(false);
      expect(reasons.at(-1)).toEqual({ kind: 'other', weight: 0.05, title: 'Both like football' });
    }
    const coordinator = matchView(FULL_MATCH, 'coordinator').reasons;
    expect(coordinator[0]).toEqual({
      kind: 'profession',
      weight: 0.3,
      detail: 'Same occupation group: 7212 Welders and flame cutters',
      group: FULL_MATCH.reasons[0]!.occupationGroup,
    });
  });

  it("gives every audience the shared occupation group, named in the reader's language", () => {
    expect(matchView(FULL_MATCH, 'public').reasons[0]).toEqual({
      kind: 'profession',
      weight: 0.3,
      group: {
        code: '7212',
        names: { sv: 'Svetsare och gasskärare', en: 'Welders and flame cutters' },
      },
    });
    const group = FULL_MATCH.reasons[0]!.occupationGroup!;
    expect(groupNameFor(group, 'sv')).toEqual({ name: 'Svetsare och gasskärare', lang: 'sv' });
    expect(groupNameFor(group, 'ti')).toEqual({ name: 'Welders and flame cutters', lang: 'en' });
    expect(groupNameFor({ code: '72', names: { sv: 'Metall' } }, 'en')).toEqual({
      name: 'Metall',
      lang: 'sv',
    });
    expect(groupNameFor({ code: '72', names: {} }, 'en')).toBeUndefined();
  });

  it('greets by the first word of the name', () => {
    expect(firstName('Yonas Tesfay Gebremedhin')).toBe('Yonas');
    expect(firstName('  Amal ')).toBe('Amal');
  });

  it('knows real time zones from made-up ones', () => {
    expect(isKnownTimeZone('Europe/Stockholm')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
