/**
 * The fields matching needs (issue 16), added to the built-in ones once checks.ts is in: what
 * a mentor can help with and how many mentees they can take, and for both kinds when and how
 * they can meet, as choices (so an answer in Arabic matches one in Swedish). The occupation
 * keeps the path of the profession field it upgrades (occupation-field.ts).
 *
 * They come with checks.ts rather than the entry (fields.ts), templates and messages included,
 * to keep the form's first load within its 20 KB target (docs/decisions/0007); they render
 * once their messages are in the form's language, a few milliseconds after the first render.
 */
import type { SignupKind } from '@mentorkit/core';
import type { MentoringGoal } from '@mentorkit/core';
import {
  AVAILABILITY_SLOTS,
  MAX_MENTOR_CAPACITY,
  MEETING_MODES,
  MENTORING_GOALS,
} from '@mentorkit/core/vocabulary';
import type { AvailabilitySlot, MeetingMode } from '@mentorkit/core/vocabulary';
import type { FieldSpec } from './fields.ts';
import { textValue } from './form-values.ts';
import type { FormValues } from './form-values.ts';
import type { SignupMessageKey } from './locales/sv.ts';

export const SLOTS_PATH = 'profile.availabilitySlots';
export const MODES_PATH = 'profile.meetingModes';
export const EXPERTISE_PATH = 'profile.expertise';
export const CAPACITY_PATH = 'profile.capacity';

/** The choices a person must make at least one of, when the form shows them. */
export const REQUIRED_CHOICES: readonly string[] = [SLOTS_PATH, MODES_PATH, EXPERTISE_PATH];

/**
 * A mentor's capacity until they choose: one mentee, so that nobody is given more than they
 * agreed to by leaving a question as it was.
 */
export const DEFAULT_MENTOR_CAPACITY = 1;

const SLOT_KEYS: Record<AvailabilitySlot, SignupMessageKey> = {
  'weekday-daytime': 'signupSlotWeekdayDaytime',
  'weekday-evening': 'signupSlotWeekdayEvening',
  weekend: 'signupSlotWeekend',
};

const MODE_KEYS: Record<MeetingMode, SignupMessageKey> = {
  'in-person': 'signupModeInPerson',
  remote: 'signupModeRemote',
};

/** Worded for the one who helps: the goals' own labels speak as the mentee ("My CV"). */
const EXPERTISE_KEYS: Record<MentoringGoal, SignupMessageKey> = {
  network: 'signupExpertiseNetwork',
  cv: 'signupExpertiseCv',
  interview: 'signupExpertiseInterview',
  'workplace-culture': 'signupExpertiseWorkplaceCulture',
  'language-practice': 'signupExpertiseLanguagePractice',
  'degree-validation': 'signupExpertiseDegreeValidation',
};

const slots: FieldSpec = {
  path: SLOTS_PATH,
  control: 'checkboxes',
  labelKey: 'signupAvailabilitySlots',
  options: AVAILABILITY_SLOTS.map((slot) => ({ value: slot, labelKey: SLOT_KEYS[slot] })),
};

const modes: FieldSpec = {
  path: MODES_PATH,
  control: 'checkboxes',
  labelKey: 'signupMeetingModes',
  options: MEETING_MODES.map((mode) => ({ value: mode, labelKey: MODE_KEYS[mode] })),
};

const expertise: FieldSpec = {
  path: EXPERTISE_PATH,
  control: 'checkboxes',
  labelKey: 'signupExpertise',
  options: MENTORING_GOALS.map((goal) => ({ value: goal, labelKey: EXPERTISE_KEYS[goal] })),
};

const capacity: FieldSpec = {
  path: CAPACITY_PATH,
  control: 'select',
  labelKey: 'signupCapacity',
  hintKey: 'signupCapacityHint',
  options: Array.from({ length: MAX_MENTOR_CAPACITY }, (_, index) => ({
    value: String(index + 1),
  })),
};

/** The paths of the fields added here: they render once their messages are in. */
export const MATCHING_PATHS: ReadonlySet<string> = new Set([
  SLOTS_PATH,
  MODES_PATH,
  EXPERTISE_PATH,
  CAPACITY_PATH,
]);

/** `specs` (fields.ts) with the matching fields of `kind`, placed before the region. */
export function withMatchingFields(specs: readonly FieldSpec[], kind: SignupKind): FieldSpec[] {
  const added = kind === 'mentee' ? [slots, modes] : [expertise, capacity, slots, modes];
  const at = specs.findIndex((spec) => spec.path === 'profile.region');
  const index = at === -1 ? specs.length : at;
  return [...specs.slice(0, index), ...added, ...specs.slice(index)];
}

/** The capacity chosen, or the default while the mentor has not chosen. */
export function capacityText(values: FormValues): string {
  return textValue(values, CAPACITY_PATH) || String(DEFAULT_MENTOR_CAPACITY);
}
