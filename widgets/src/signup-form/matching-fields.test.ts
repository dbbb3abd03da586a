import { describe, expect, it } from 'vitest';
import { answerShapes } from './answer-shapes.ts';
import { fieldsFor } from './fields.ts';
import { withMatchingFields } from './matching-fields.ts';
import { encodeChoice } from './occupation-value.ts';
import { validateForm } from './validation.ts';
import { MENTEE_VALUES, MENTOR_VALUES, context } from './testing/fixtures.ts';

const shapes = (kind: 'mentor' | 'mentee') =>
  answerShapes(withMatchingFields(fieldsFor(kind, ['phone']), kind), []);

const PHYSICIAN = encodeChoice({
  label: 'Läkare',
  titleId: 'aCoU_U6i_fza',
  ssyk: '2219',
  isco08: ['2211', '2212'],
  group: '2219 Övriga läkare',
});

describe('the fields matching needs', () => {
  it('adds expertise, capacity, slots and modes for a mentor, slots and modes for a mentee, before the region', () => {
    const paths = (kind: 'mentor' | 'mentee') =>
      withMatchingFields(fieldsFor(kind, []), kind).map((spec) => spec.path);
    expect(paths('mentor').slice(-6)).toEqual([
      'profile.expertise',
      'profile.capacity',
      'profile.availabilitySlots',
      'profile.meetingModes',
      'profile.region',
      'profile.motivation',
    ]);
    expect(paths('mentee').slice(-3)).toEqual([
      'profile.availabilitySlots',
      'profile.meetingModes',
      'profile.region',
    ]);
    expect(paths('mentee')).not.toContain('profile.capacity');
  });

  it('sends the choices in the contract fields, with the slots as the free-text availability', () => {
    const { submission, errors } = validateForm(MENTOR_VALUES, context(), shapes('mentor'));
    expect([...errors]).toEqual([]);
    expect(submission?.profile).toMatchObject({
      expertise: ['cv', 'workplace-culture'],
      capacity: 2,
      availabilitySlots: ['weekday-evening'],
      meetingModes: ['in-person', 'remote'],
      availability: 'weekday-evening',
      occupation: { text: 'Formare' },
    });
  });

  it('sends a capacity of one when the mentor leaves it as it was', () => {
    const values = { ...MENTOR_VALUES, 'profile.capacity': '' };
    const { submission } = validateForm(values, context(), shapes('mentor'));
    expect(submission?.kind === 'mentor' && submission.profile.capacity).toBe(1);
  });

  it('asks for at least one slot, mode and area of expertise, each at its field', () => {
    const values = {
      ...MENTOR_VALUES,
      'profile.expertise': [],
      'profile.availabilitySlots': [],
      'profile.meetingModes': [],
    };
    const { errors } = validateForm(values, context(), shapes('mentor'));
    expect(Object.fromEntries(errors)).toEqual({
      'profile.expertise': { key: 'signupErrorChooseSome' },
      'profile.availabilitySlots': { key: 'signupErrorChooseSome' },
      'profile.meetingModes': { key: 'signupErrorChooseSome' },
    });
  });

  it('does not ask for choices a form does not show (before checks.ts, or a partner form)', () => {
    const values = { ...MENTEE_VALUES, 'profile.meetingModes': [] };
    const { errors } = validateForm(
      values,
      context({ kind: 'mentee' }),
      answerShapes(fieldsFor('mentee', []), []),
    );
    expect(errors.has('profile.meetingModes')).toBe(false);
  });
});

describe('the occupation', () => {
  it('carries the chosen title’s id and codes beside the words', () => {
    const values = {
      ...MENTEE_VALUES,
      'profile.profession': 'Läkare',
      'profile.occupation': PHYSICIAN,
    };
    const { submission } = validateForm(values, context({ kind: 'mentee' }), shapes('mentee'));
    expect(submission?.profile.occupation).toEqual({
      titleId: 'aCoU_U6i_fza',
      ssyk: '2219',
      isco08: ['2211', '2212'],
      text: 'Läkare',
    });
    expect(submission?.profile.profession).toBe('Läkare');
  });

  it('is unclassified (words only) when the person typed over the chosen title', () => {
    const values = {
      ...MENTEE_VALUES,
      'profile.profession': 'Läkare, legitimerad i Syrien',
      'profile.occupation': PHYSICIAN,
    };
    const { submission } = validateForm(values, context({ kind: 'mentee' }), shapes('mentee'));
    expect(submission?.profile.occupation).toEqual({ text: 'Läkare, legitimerad i Syrien' });
  });

  it('ignores a choice that is not well formed (a draft can hold anything)', () => {
    const values = { ...MENTEE_VALUES, 'profile.occupation': '{"label":"Civilingenjör","ssyk":7}' };
    const { submission } = validateForm(values, context({ kind: 'mentee' }), shapes('mentee'));
    expect(submission?.profile.occupation).toEqual({ text: 'Civilingenjör' });
  });
});
