/**
 * The job title a person chose in the occupation picker, as the form keeps it: a JSON string
 * under `profile.occupation`, written by the picker's hidden input. A string because the form
 * reads every value from a named control and the draft keeps strings (draft.ts), so the form's
 * first load needs no code for a new kind of value. The choice counts only while the
 * profession field still says its label: typing over it leaves an unclassified text.
 */
import type { Occupation } from '@mentorkit/core';
import { textValue } from './form-values.ts';
import type { FormValues } from './form-values.ts';

export const OCCUPATION_PATH = 'profile.occupation';
/** The field the picker upgrades: its text is the profession, in the person's words. */
export const PROFESSION_PATH = 'profile.profession';

export interface ChosenTitle {
  readonly label: string;
  readonly titleId?: string | undefined;
  readonly ssyk: string;
  readonly isco08: readonly string[];
  /** The SSYK group's code and name, shown under the field once chosen. */
  readonly group: string;
}

export function encodeChoice(choice: ChosenTitle): string {
  return JSON.stringify(choice);
}

/** The choice in `values`, if it is well formed (a draft can hold anything). */
export function readChoice(values: FormValues): ChosenTitle | undefined {
  const raw = textValue(values, OCCUPATION_PATH);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<ChosenTitle> | null;
    if (
      typeof parsed?.label !== 'string' ||
      typeof parsed.ssyk !== 'string' ||
      !Array.isArray(parsed.isco08) ||
      !parsed.isco08.every((code) => typeof code === 'string')
    ) {
      return undefined;
    }
    return {
      label: parsed.label,
      titleId: typeof parsed.titleId === 'string' ? parsed.titleId : undefined,
      ssyk: parsed.ssyk,
      isco08: parsed.isco08,
      group: typeof parsed.group === 'string' ? parsed.group : '',
    };
  } catch {
    return undefined;
  }
}

/** The choice, when the profession field still says what was chosen. */
export function currentChoice(values: FormValues): ChosenTitle | undefined {
  const choice = readChoice(values);
  return choice && choice.label === textValue(values, PROFESSION_PATH).trim() ? choice : undefined;
}

/**
 * The contract's `profile.occupation`: the person's words, with the codes of the title they
 * chose; without a choice, the words alone (unclassified, for a coordinator to place).
 */
export function occupationFor(values: FormValues): Occupation | undefined {
  const text = textValue(values, PROFESSION_PATH).trim();
  if (!text) return undefined;
  const choice = currentChoice(values);
  if (!choice) return { text };
  return {
    ...(choice.titleId ? { titleId: choice.titleId } : {}),
    ...(choice.ssyk ? { ssyk: choice.ssyk } : {}),
    ...(choice.isco08.length > 0 ? { isco08: [...choice.isco08] } : {}),
    text,
  };
}
