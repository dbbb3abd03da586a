// <mk-feeds>' own words, Swedish source: the feeds from elsewhere, why one cannot be fetched
// (every code the backend answers, with what to do about it), the add form and its errors.
import type { SourceCatalogue } from '@mentorkit/core/i18n';

/** Why a fetch failed: the backend's codes (server/external-feeds/fetch-feed.ts). */
export type FeedErrorParam = { code: string };

export const feedsSv = {
  feedsHeading: 'Kalendrar från andra tjänster',
  feedsIntro:
    'Utbildningstillfällen som finns i Outlook, Google Kalender eller Teamup: lägg till kalenderns offentliga iCal-adress, så hämtar servern den var 15:e minut och sparar den senaste kopian som fungerade. Samarbetspartnernas kalenderwidgetar visar den kopian, eftersom de tjänsterna inte låter andra webbplatser läsa sina flöden direkt.',
  feedsNone: 'Inga kalendrar från andra tjänster än.',
  feedsEvents: ({ count }: { count: number }): string =>
    count === 1 ? '1 händelse' : `${count} händelser`,
  feedsWorking: ({ events, checked }: { events: string; checked: string }): string =>
    `Fungerar: ${events}, kontrollerad ${checked}.`,
  feedsBroken: ({ since, why }: { since: string; why: string }): string =>
    `Fungerar inte sedan ${since}: ${why}`,
  feedsKept: ({ at, events }: { at: string; events: string }): string =>
    `Kalendrarna visar kopian från ${at} (${events}) så länge.`,
  feedsNoCopy:
    'Kalendrar som visar den säger att den inte går att läsa förrän en hämtning fungerar.',
  feedsNextTry: ({ at }: { at: string }): string => `Nästa försök ${at}.`,
  feedsError: ({ code }: FeedErrorParam): string =>
    ({
      'invalid-url': 'Adressen är inte en som servern kan hämta (http, https eller webcal).',
      'refused-address':
        'Adressen ligger på ett privat eller lokalt nätverk. Servern hämtar bara offentliga adresser om den inte har tillåtit just den här (MENTORKIT_FEED_ALLOW_HOSTS).',
      dns: 'Det finns ingen server med det namnet. Kontrollera adressen.',
      network: 'Servern gick inte att nå, eller så bröts anslutningen.',
      timeout: 'Servern svarade inte i tid.',
      http: 'Servern nekade. Adressen kan vara gammal, eller kalendern inte längre delad.',
      'too-large': 'Flödet är större än servern tar emot (5 MB).',
      'too-many-redirects': 'Adressen skickar servern vidare för många gånger.',
      'not-a-calendar':
        'Adressen gav något som inte är en kalender, till exempel en inloggningssida. Använd kalenderns offentliga iCal-adress (.ics).',
    })[code] ?? 'Flödet gick inte att hämta.',
  feedsFrom: 'Från',
  feedsSnippet: 'För kalenderwidgeten:',
  feedsFetchNow: 'Hämta nu',
  feedsFetchNowNamed: ({ name }: { name: string }): string => `Hämta nu: ${name}`,
  feedsFetching: 'Hämtar …',
  feedsRemove: 'Ta bort',
  feedsRemoveNamed: ({ name }: { name: string }): string => `Ta bort flödet: ${name}`,
  feedsConfirmRemove: ({ name }: { name: string }): string =>
    `Ta bort ”${name}”? Sidor som visar den säger då att kalendern inte går att läsa. Det går inte att ångra.`,
  feedsConfirmYes: 'Ta bort för gott',
  feedsRemoved: ({ name }: { name: string }): string => `”${name}” togs bort.`,
  feedsFetched: ({ name, events }: { name: string; events: string }): string =>
    `”${name}” hämtades: ${events}.`,
  feedsNotFetched: ({ name, why }: { name: string; why: string }): string =>
    `”${name}” gick inte att hämta: ${why}`,
  feedsAdded: ({ name, events }: { name: string; events: string }): string =>
    `”${name}” lades till: ${events}.`,
  feedsAddedBroken: ({ name, why }: { name: string; why: string }): string =>
    `”${name}” lades till, men gick inte att hämta: ${why}`,
  feedsAddHeading: 'Lägg till en kalender',
  feedsName: 'Namn',
  feedsUrl: 'iCal-adress (https:// eller webcal://)',
  feedsNameInvalid: 'Ge kalendern ett namn (högst 120 tecken).',
  feedsUrlMissing:
    'Skriv kalenderns iCal-adress, till exempel https://outlook.office365.com/…/calendar.ics.',
  feedsAdd: 'Lägg till kalendern',
  feedsAdding: 'Lägger till och hämtar …',
  feedsNotAdded: 'Kalendern lades inte till. Rätta det som står vid fälten.',
} satisfies SourceCatalogue;

export type FeedsOwnMessages = typeof feedsSv;
