// Stored signups without an occupation code are classified by their words at start, on both
// engines: above the lookup's threshold only, keeping the person's words, once (a second start
// changes nothing), and never over a code a person or a coordinator gave.
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { seedDemoData } from '../seed.ts';
import { getSignup, insertSignup, listSignups } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { classifyStoredSignups, describeClassification } from './classify-stored.ts';
import { occupationIndex } from './occupation-index.ts';

const AMAL = 'Läkare (specialist i allmänmedicin), legitimerad i Syrien';

describe.each(TEST_DATABASES)('classifying stored signups at start, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);

  const store = async (key: string, submission: Parameters<typeof insertSignup>[2]) =>
    (await insertSignup(context.database, key, submission)).id;

  it('classifies free-text professions, keeps the words, and leaves the rest for a coordinator', async () => {
    const amal = await store(
      'k-occ-1',
      menteeSubmission({ profile: { ...menteeSubmission().profile, profession: AMAL } }),
    );
    // "Undersköterska" is ambiguous in the data (several groups): below the threshold.
    const vague = await store(
      'k-occ-2',
      mentorSubmission({
        profile: { ...mentorSubmission().profile, profession: 'Undersköterska' },
      }),
    );
    // The person chose a title in the form: not looked at.
    const chosen = await store(
      'k-occ-3',
      mentorSubmission({
        profile: {
          ...mentorSubmission().profile,
          profession: 'Specialistläkare',
          occupation: { ssyk: '2211', isco08: ['2212'], text: 'Specialistläkare' },
        },
      }),
    );
    // Typed, not found in the picker (the form's "unclassified"): the lookup tries its words.
    const typed = await store(
      'k-occ-4',
      menteeSubmission({
        profile: {
          ...menteeSubmission().profile,
          profession: 'Sågverksarbetare',
          occupation: { text: 'Sågverksarbetare' },
        },
      }),
    );

    const report = await classifyStoredSignups(context.database, occupationIndex);
    expect(report).toEqual({ considered: 3, classified: 2, unclassified: 1 });
    expect(describeClassification(report)).toBe(
      'Occupations: classified 2 of 3 signups; 1 left unclassified',
    );

    const stored = await getSignup(context.database, amal);
    expect(stored?.submission.profile.profession).toBe(AMAL);
    expect(stored?.submission.profile.occupation).toMatchObject({ ssyk: '2219', text: AMAL });
    expect(stored?.submission.profile.occupation?.isco08).toEqual(['2211']);
    expect(stored?.occupationSource).toBe('lookup');
    expect((await getSignup(context.database, typed))?.submission.profile.occupation).toMatchObject(
      { ssyk: '8173', text: 'Sågverksarbetare' },
    );
    const left = await getSignup(context.database, vague);
    expect(left?.submission.profile.occupation).toBeUndefined();
    expect(left?.occupationSource).toBeNull();
    const own = await getSignup(context.database, chosen);
    expect(own?.submission.profile.occupation).toEqual({
      ssyk: '2211',
      isco08: ['2212'],
      text: 'Specialistläkare',
    });
    expect(own?.occupationSource).toBeNull();

    // A second start: the same answer for the one left, nothing else touched.
    const before = await listSignups(context.database);
    const again = await classifyStoredSignups(context.database, occupationIndex);
    expect(again).toEqual({ considered: 1, classified: 0, unclassified: 1 });
    expect(await listSignups(context.database)).toEqual(before);
  });

  it('does not load the data when every signup has a code', async () => {
    let loads = 0;
    const report = await classifyStoredSignups(context.database, () => {
      loads++;
      return occupationIndex();
    });
    expect(report).toEqual({ considered: 0, classified: 0, unclassified: 0 });
    expect(loads).toBe(0);
  });

  it("classifies the demo's seeds before choosing the demo matches, which then carry the group", async () => {
    const report = await seedDemoData(context.database, new Date('2026-11-23T12:00:00Z'), {
      occupationIndex,
    });
    expect(report?.considered).toBe(18);
    expect(report!.classified).toBeGreaterThanOrEqual(8);
    expect(report!.classified + report!.unclassified).toBe(18);
    const signups = await listSignups(context.database);
    const rania = signups.find((signup) => signup.name === 'Rania Saleh');
    expect(rania?.submission.profile.occupation).toMatchObject({
      ssyk: '2144',
      text: 'Civilingenjör (maskin)',
    });
    const match = await context.database.query<{ reasons: unknown }>(
      "SELECT reasons FROM matches WHERE id = 'demo-match-3'",
    );
    const reasons = (
      typeof match.rows[0]!.reasons === 'string'
        ? JSON.parse(match.rows[0]!.reasons)
        : match.rows[0]!.reasons
    ) as { kind: string; label: string; occupationGroup?: unknown }[];
    const profession = reasons.find((reason) => reason.kind === 'profession');
    // Nadia and Maryam, both "Sjuksköterska": the same title, in group 2221.
    expect(profession?.label).toBe('Same occupation: Sjuksköterska');
    expect(profession?.occupationGroup).toEqual({
      code: '2221',
      names: { sv: 'Grundutbildade sjuksköterskor', en: 'Professional nurses' },
    });
  });
});
