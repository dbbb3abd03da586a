import type { SourceCatalogue } from '@mentorkit/core/i18n';

/**
 * The messages every widget shares (loading, errors, controls), Swedish: the language every
 * message is written in first. Every other catalogue is typed against its source
 * (`CatalogueOf<typeof sv>`), so a missing key or a message with other parameters is a compile
 * error, and `catalogues.test.ts` checks the same at run time.
 *
 * A widget keeps its own messages in its folder (`<widget>/locales/`, keys prefixed by it:
 * `signupSubmit`, `calendarNextMonth`, `matchAccept`) and registers them through its
 * `MessageBundle` (see `index.ts`), so a page loads only the messages of the widgets it shows.
 * A message with parameters is a function of one object; plural forms go through
 * `plural(locale, count, forms)` from `@mentorkit/core/i18n`.
 */
export const sv = {
  // Loading and errors (shared/data-state.ts renders them).
  loading: 'Laddar …',
  errorNetworkTitle: 'Ingen anslutning',
  errorNetworkBody:
    'Det gick inte att hämta uppgifterna. Kontrollera din internetanslutning och försök igen.',
  errorUnreachableTitle: 'Servern gick inte att nå',
  errorUnreachableBody: 'Servern med uppgifterna gick inte att nå. Försök igen senare.',
  errorTimeoutTitle: 'Det tog för lång tid',
  errorTimeoutBody: 'Servern svarade inte i tid. Försök igen om en stund.',
  errorHttpTitle: 'Något gick fel hos servern',
  errorHttpBody: ({ status }: { status: number }) =>
    `Servern svarade med felkod ${status}. Försök igen senare.`,
  errorInvalidTitle: 'Uppgifterna kunde inte läsas',
  errorInvalidBody:
    'Uppgifterna som hämtades har fel format. Om felet finns kvar, kontakta den som ansvarar för webbplatsen.',
  misconfiguredTitle: 'Den här delen av sidan är inte rätt inställd',
  misconfiguredBody: 'Kontakta den som ansvarar för webbplatsen.',
  retry: 'Försök igen',
  tryAgainLater: 'Försök igen senare.',

  // Controls and labels.
  close: 'Stäng',
  cancel: 'Avbryt',
  required: 'obligatoriskt',
  optional: 'valfritt',
  opensInNewWindow: 'öppnas i ett nytt fönster',
} satisfies SourceCatalogue;

export type CommonMessages = typeof sv;
