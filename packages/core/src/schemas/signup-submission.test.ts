import { describe, expect, it } from 'vitest';
import { invalidFieldPaths } from './field-path.ts';
import { SignupSubmissionSchema } from './signup-submission.ts';
import type { MenteeSignup, MentorSignup } from './signup-submission.ts';

const common: Omit<MentorSignup, 'kind' | 'person' | 'profile'> = {
  programmeId: 'foundry-2025',
  answers: { shifts: 'Dagtid', 'preferred-days': ['mon', 'wed'], 'has-licence': true },
  consent: { privacyUrl: 'https://example.org/integritet', acceptedAt: '2025-03-01T09:59:00Z' },
  locale: 'sv',
  submittedAt: '2025-03-01T10:00:00+01:00',
  draftId: '3f1c2a9e-5b7d-4c8e-9f10-2a3b4c5d6e7f',
};

const mentor: MentorSignup = {
  ...common,
  kind: 'mentor',
  person: { name: 'Anna Svensson', email: 'anna@example.org', phone: '070-123 45 67' },
  profile: {
    organisation: 'Gjuteri AB',
    profession: 'Formare',
    industry: 'Gjuteri',
    yearsOfExperience: 12,
    languages: [
      { code: 'sv', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    availability: 'Vardagar efter 16, två gånger i månaden',
    region: 'Jönköpings län',
    motivation: 'Jag vill hjälpa nya kollegor in i yrket.',
  },
};

const mentee: MenteeSignup = {
  ...common,
  kind: 'mentee',
  trainingUid: '20250301-intro@example.org',
  person: { name: 'Layla Ahmadi', email: 'layla@example.org' },
  profile: {
    profession: 'Civilingenjör, maskinteknik',
    desiredField: 'Produktionsteknik',
    swedishLevel: 'sfi-d',
    languages: [{ code: 'prs', level: 'native' }],
    goals: ['network', 'degree-validation'],
    availability: 'Förmiddagar',
    region: 'Stockholm',
    countryOfBirth: 'AF',
    motherTongue: 'prs',
  },
};

function pathsOf(input: unknown): string[] {
  const result = SignupSubmissionSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return invalidFieldPaths(result.error);
}

describe('SignupSubmissionSchema', () => {
  it('accepts a mentor and a mentee', () => {
    expect(SignupSubmissionSchema.parse(mentor)).toEqual(mentor);
    expect(SignupSubmissionSchema.parse(mentee)).toEqual(mentee);
  });

  it('rejects a missing email at person.email', () => {
    const person: Partial<MentorSignup['person']> = { ...mentor.person };
    delete person.email;
    expect(pathsOf({ ...mentor, person })).toEqual(['person.email']);
  });

  it('rejects a javascript: privacy URL at consent.privacyUrl', () => {
    const consent = { ...mentor.consent, privacyUrl: 'javascript:alert(1)' };
    expect(pathsOf({ ...mentor, consent })).toEqual(['consent.privacyUrl']);
  });

  it('rejects an overlong motivation at profile.motivation', () => {
    const profile = { ...mentor.profile, motivation: 'x'.repeat(5001) };
    expect(pathsOf({ ...mentor, profile })).toEqual(['profile.motivation']);
  });

  it('refuses text the database cannot store or that reads as something else, naming the field', () => {
    const named = (name: string) => pathsOf({ ...mentor, person: { ...mentor.person, name } });
    // NUL (PostgreSQL refuses it), another control character, a lone surrogate of each half,
    // a right-to-left override and an isolate that make a name read as another.
    for (const name of [
      'Anna\u0000',
      'Anna\u0007',
      'Anna\uD83D',
      '\uDE00Anna',
      'Anna \u202Egnirts',
      '\u2067Anna\u2069',
    ]) {
      expect(named(name), JSON.stringify(name)).toEqual(['person.name']);
    }
    const answers = { ...mentor.answers, shifts: 'Dag\u0000tid' };
    expect(pathsOf({ ...mentor, answers })).toEqual(['answers.shifts']);
  });

  it('keeps what people really write: line breaks, tabs, every script, emoji, joiners', () => {
    const profile = {
      ...mentor.profile,
      motivation: 'Rad ett\nRad två\r\n\tindrag 😊 ليلى أحمدي 👩🏽‍🔧 Зоя',
    };
    const person = { ...mentor.person, name: 'Zoë O’Brien-Ahmadi' };
    expect(SignupSubmissionSchema.safeParse({ ...mentor, person, profile }).success).toBe(true);
  });

  it('rejects an unknown kind at kind', () => {
    expect(pathsOf({ ...mentor, kind: 'coordinator' })).toEqual(['kind']);
  });

  it('checks the profile that matches the kind', () => {
    // A mentor's profile sent as a mentee lacks the mentee's fields.
    expect(pathsOf({ ...mentor, kind: 'mentee' })).toContain('profile.swedishLevel');
  });

  it('has no room for sensitive personal data', () => {
    const profile = { ...mentee.profile, religion: 'any' };
    expect(pathsOf({ ...mentee, profile })).toEqual(['profile']);
    expect(pathsOf({ ...mentee, personalIdentityNumber: '19900101-1234' })).toEqual(['']);
  });

  it('rejects a Swedish level outside CEFR and SFI', () => {
    const profile = { ...mentee.profile, swedishLevel: 'sfi-e' };
    expect(pathsOf({ ...mentee, profile })).toEqual(['profile.swedishLevel']);
  });

  it('rejects an unknown goal and an empty goal list', () => {
    expect(pathsOf({ ...mentee, profile: { ...mentee.profile, goals: ['fame'] } })).toEqual([
      'profile.goals.0',
    ]);
    expect(pathsOf({ ...mentee, profile: { ...mentee.profile, goals: [] } })).toEqual([
      'profile.goals',
    ]);
  });

  it('rejects a draft id that is not a UUID, and too many answers', () => {
    expect(pathsOf({ ...mentor, draftId: 'draft-1' })).toEqual(['draftId']);
    const answers = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, 'ja']));
    expect(pathsOf({ ...mentor, answers })).toEqual(['answers']);
  });
});

describe('SignupSubmissionSchema: what matching reads (issue 16)', () => {
  const classified: MentorSignup = {
    ...mentor,
    profile: {
      ...mentor.profile,
      occupation: { titleId: 'rxrQ_Nyy_k6y', ssyk: '7212', isco08: ['7212'], text: 'Svetsare' },
      availabilitySlots: ['weekday-evening', 'weekend'],
      meetingModes: ['in-person'],
      expertise: ['workplace-culture', 'cv'],
      capacity: 2,
    },
  };

  it('accepts a classified occupation, choices, expertise and capacity', () => {
    expect(SignupSubmissionSchema.parse(classified)).toEqual(classified);
    const unclassified = {
      ...mentee,
      profile: { ...mentee.profile, occupation: { text: 'Skräddare' } },
    };
    expect(SignupSubmissionSchema.parse(unclassified)).toEqual(unclassified);
  });

  it('still accepts a signup sent before these fields existed', () => {
    expect(SignupSubmissionSchema.safeParse(mentor).success).toBe(true);
    expect(SignupSubmissionSchema.safeParse(mentee).success).toBe(true);
  });

  it('rejects codes of the wrong shape, unknown choices, repeated choices and a capacity of 0', () => {
    const withProfile = (profile: Record<string, unknown>) => ({
      ...classified,
      profile: { ...classified.profile, ...profile },
    });
    expect(pathsOf(withProfile({ occupation: { ssyk: '221', text: 'Läkare' } }))).toEqual([
      'profile.occupation.ssyk',
    ]);
    expect(pathsOf(withProfile({ occupation: { isco08: ['22111'], text: 'Läkare' } }))).toEqual([
      'profile.occupation.isco08.0',
    ]);
    expect(pathsOf(withProfile({ occupation: { ssyk: '2211' } }))).toEqual([
      'profile.occupation.text',
    ]);
    expect(pathsOf(withProfile({ availabilitySlots: ['kvällar'] }))).toEqual([
      'profile.availabilitySlots.0',
    ]);
    expect(pathsOf(withProfile({ meetingModes: ['remote', 'remote'] }))).toEqual([
      'profile.meetingModes',
    ]);
    expect(pathsOf(withProfile({ capacity: 0 }))).toEqual(['profile.capacity']);
  });
});
