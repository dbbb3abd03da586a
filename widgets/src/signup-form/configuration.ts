/**
 * What is wrong with a form's attributes, for the page's developer (the form logs it and
 * shows the misconfigured state): `undefined` when the form can collect signups.
 */
import { TEXT_LIMITS, isIdentifier } from '@mentorkit/core/vocabulary';

export interface FormConfiguration {
  /** The privacy notice as a safe absolute web address, if there is one. */
  readonly privacyHref: string | undefined;
  readonly programme: string | undefined;
  readonly training: string | undefined;
}

export function configurationProblem(config: FormConfiguration): string | undefined {
  if (!config.privacyHref) {
    return 'needs privacy-url: the http(s) address of your privacy notice.';
  }
  if (config.programme && !isIdentifier(config.programme)) {
    return `cannot send programme id "${config.programme}": use letters, digits and . _ : @ -`;
  }
  if (config.training && config.training.length > TEXT_LIMITS.short) {
    return `has a training uid over ${TEXT_LIMITS.short} characters.`;
  }
  return undefined;
}
