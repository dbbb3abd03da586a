import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from './candidate.ts';
import { occupationFit } from './occupation-fit.ts';
import { scoreMatch } from './score-match.ts';

// Real codes: 2211 Specialistläkare, 2219 Övriga läkare (minor group 221 Läkare), 2221
// Grundutbildade sjuksköterskor (sub-major 22 Hälso- och sjukvård), 2611 Advokater (major 2).
function person(
  role: MatchCandidate['role'],
  profession: string,
  occupation?: MatchCandidate['occupation'],
): MatchCandidate {
  return {
    id: `${role}-${profession}`,
    role,
    profession,
    occupation,
    languages: [],
    goals: [],
    availability: [],
  };
}

const generalPractitioner = { titleId: 'aCoU_U6i_fza', ssyk: '2211', isco08: ['2211', '2212'] };
const surgeon = { titleId: 'surgeon-id', ssyk: '2211', isco08: ['2211', '2212'] };
const physician = { titleId: '9K3i_XD4_Kyy', ssyk: '2219', isco08: ['2211'] };
const nurse = { ssyk: '2221', isco08: ['2221'] };
const lawyer = { ssyk: '2611', isco08: ['2611'] };
const welder = { ssyk: '7212', isco08: ['7212'] };

const names = (code: string) =>
  ({ '2211': 'Specialist physicians', '221': 'Physicians', '22': 'Health professionals' })[code];

describe('occupationFit: by the classification, finest shared level first', () => {
  const mentee = person(
    'mentee',
    'Läkare (allmänmedicin), legitimerad i Syrien',
    generalPractitioner,
  );

  it.each([
    [
      'the same job title',
      person('mentor', 'Specialistläkare, allmänmedicin', generalPractitioner),
      'title',
      '2211',
    ],
    ['the same unit group', person('mentor', 'Kirurg', surgeon), 'unit', '2211'],
    ['the same minor group', person('mentor', 'Läkare', physician), 'minor', '221'],
    ['the same sub-major group', person('mentor', 'Sjuksköterska', nurse), 'sub-major', '22'],
    ['the same major group', person('mentor', 'Advokat', lawyer), 'major', '2'],
    ['nothing', person('mentor', 'Svetsare', welder), 'none', undefined],
  ] as const)('%s', (_, mentor, level, code) => {
    expect(occupationFit(mentor, mentee)).toMatchObject({ level, code });
  });

  it('ranks the levels: title > unit > minor > sub-major > major > nothing', () => {
    const mentors = [
      person('mentor', 'Svetsare', welder),
      person('mentor', 'Advokat', lawyer),
      person('mentor', 'Sjuksköterska', nurse),
      person('mentor', 'Läkare', physician),
      person('mentor', 'Kirurg', surgeon),
      person('mentor', 'Specialistläkare, allmänmedicin', generalPractitioner),
    ];
    const values = mentors.map(
      (mentor) => scoreMatch(mentor, mentee).reasons.find((r) => r.kind === 'profession')!.value,
    );
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBe(values.length);
  });

  it('says what was shared, with the group name the caller gives', () => {
    const result = scoreMatch(person('mentor', 'Kirurg', surgeon), mentee, undefined, {
      groupNames: names,
    });
    const profession = result.reasons.find((r) => r.kind === 'profession');
    expect(profession).toMatchObject({
      label: 'Same occupation group: 2211 Specialist physicians',
      details: ['2211', 'Specialist physicians'],
      occupationLevel: 'unit',
    });
    const minor = scoreMatch(person('mentor', 'Läkare', physician), mentee, undefined, {
      groupNames: names,
    });
    expect(minor.reasons.find((r) => r.kind === 'profession')?.label).toBe(
      'Related occupations: 221 Physicians',
    );
    const bare = scoreMatch(person('mentor', 'Kirurg', surgeon), mentee);
    expect(bare.reasons.find((r) => r.kind === 'profession')?.label).toBe(
      'Same occupation group: 2211',
    );
  });

  it('falls back to the free text only when a side is unclassified', () => {
    const unclassified = person('mentee', 'Svetsare');
    expect(occupationFit(person('mentor', 'svetsare', welder), unclassified).level).toBe(
      'same-text',
    );
    expect(occupationFit(person('mentor', 'Lokalvårdare', welder), unclassified).level).toBe(
      'none',
    );
    // Both classified: the codes decide, even where the words are the same.
    expect(
      occupationFit(person('mentor', 'Läkare', physician), person('mentee', 'Läkare', nurse)).level,
    ).toBe('sub-major');
  });

  it('counts the same words in the same unit group as the same title', () => {
    expect(
      occupationFit(person('mentor', 'Svetsare', welder), person('mentee', 'svetsare ', welder))
        .level,
    ).toBe('title');
  });

  it('compares ISCO-08 codes where a side has no SSYK code, the best pair of the lists', () => {
    const mentor = person('mentor', 'Doctor', { isco08: ['2212'] });
    expect(occupationFit(mentor, mentee)).toMatchObject({
      level: 'unit',
      code: '2212',
      system: 'isco08',
    });
    const oldStyle: MatchCandidate = { ...person('mentee', 'Plåtslagare'), iscoCode: '7213' };
    expect(occupationFit(person('mentor', 'Svetsare', welder), oldStyle)).toMatchObject({
      level: 'minor',
      code: '721',
    });
  });
});
