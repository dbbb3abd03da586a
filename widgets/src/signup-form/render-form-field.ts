/**
 * How checks.ts renders the form's fields once it is in: the built-in templates
 * (render-fields.ts), with the profession field as the occupation picker and the fields that
 * matching needs (matching-fields.ts). Those use a message bundle of their own, registered here;
 * they wait for it in the form's language (normally a few ms), the profession field meanwhile
 * staying the text field of the first render, so nobody reads them in another language first.
 */
import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Locale } from '@mentorkit/core/i18n';
import { isCatalogueLoaded, registerMessages } from '../locales/index.ts';
import type { FieldSpec } from './fields.ts';
import { CAPACITY_PATH, MATCHING_PATHS, capacityText } from './matching-fields.ts';
import { signupMatchingMessages } from './matching-locales/index.ts';
import { renderOccupationField } from './occupation-field.ts';
import { PROFESSION_PATH } from './occupation-value.ts';
import { renderField } from './render-fields.ts';
import type { FormFieldContext } from './render-fields.ts';

/** The languages each form asked for once: a language that fails to load is not asked again. */
const asked = new WeakMap<object, Set<Locale>>();

/** Whether the matching fields' messages are in the form's language; asks for them if not. */
function messagesReady(context: FormFieldContext): boolean {
  registerMessages(signupMatchingMessages);
  if (isCatalogueLoaded(context.lang)) return true;
  const langs = asked.get(context.localize) ?? new Set<Locale>();
  asked.set(context.localize, langs);
  if (langs.has(context.lang)) return true; // Failed: the fallback (English, then Swedish) it is.
  langs.add(context.lang);
  // Loads the language for every registered bundle, this one included, then renders again.
  context.localize.refresh();
  return false;
}

export function renderFormField(
  spec: FieldSpec,
  context: FormFieldContext,
): TemplateResult | typeof nothing {
  const isProfession = spec.path === PROFESSION_PATH;
  if ((isProfession || MATCHING_PATHS.has(spec.path)) && !messagesReady(context)) {
    return isProfession ? renderField(spec, context) : nothing;
  }
  if (isProfession) return renderOccupationField(spec, context);
  if (spec.path === CAPACITY_PATH) {
    // Shown with its default chosen, as build-submission.ts sends it.
    const values = { ...context.values, [CAPACITY_PATH]: capacityText(context.values) };
    return renderField(spec, { ...context, values });
  }
  return renderField(spec, context);
}
