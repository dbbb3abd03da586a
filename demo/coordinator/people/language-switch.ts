// The coordinator page's language switch (Swedish or English; docs/decisions/0031): the choice
// is kept in localStorage and set as `lang` on <html>, which the people list's and the person
// view's LocalizeControllers follow. The parts of the page not translated yet carry
// lang="en" in index.html, so they are still read as English.
export const LANGUAGE_KEY = 'mentorkit-coordinator-lang';
export const COORDINATOR_LANGUAGES = ['sv', 'en'] as const;
export type CoordinatorLanguage = (typeof COORDINATOR_LANGUAGES)[number];

const isLanguage = (value: unknown): value is CoordinatorLanguage =>
  (COORDINATOR_LANGUAGES as readonly unknown[]).includes(value);

function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage refused (a privacy setting): the choice lasts for this page only.
    return null;
  }
}

/**
 * The stored choice; else the first of Swedish and English among the browser's languages;
 * else Swedish, the language of the organisations that run the programmes.
 */
export function initialLanguage(
  saved: string | null,
  browserLanguages: readonly string[],
): CoordinatorLanguage {
  if (isLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'sv';
}

/** Sets the page's language from the stored choice, and wires `select` to change it. */
export function initLanguageSwitch(select: HTMLSelectElement): void {
  const apply = (lang: CoordinatorLanguage) => {
    document.documentElement.lang = lang;
    select.value = lang;
  };
  apply(initialLanguage(stored(), navigator.languages));
  select.addEventListener('change', () => {
    if (!isLanguage(select.value)) return;
    apply(select.value);
    try {
      localStorage.setItem(LANGUAGE_KEY, select.value);
    } catch {
      // Not kept: see stored().
    }
  });
}
