/** The consent checkbox's field path, as the form's parts (draft, errors, summary) name it. */
export const CONSENT_PATH = 'consent';
