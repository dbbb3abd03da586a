// The funder's report's words, Swedish source. Numbers, shares and months arrive formatted in
// the report's language (`formatted`, `share`); the raw count is there for the plural form.
// "How much it helped" is worded as the follow-up form asked it (../helped-words.ts).
import type { WorkSituation } from '@mentorkit/core';
import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import { followUpSv } from '../../../../widgets/src/follow-up/locales/sv.ts';
import { helpedWord } from '../follow-up-answers.ts';
import type { HelpedParam } from '../follow-up-answers.ts';

export type MonthsParam = { months: number; formatted: string };
export type ProgrammeParam = { programme: string };
export type SituationParam = { situation: WorkSituation | 'hidden' };
export type HeadlineParam = { share: string; answered: number; formatted: string; months: string };
export type RoundParam = { months: string; answered: string };
export type RoundSharesParam = RoundParam & { shares: string };

export const reportSv = {
  reportHeading: 'Rapport',
  reportIntro:
    'För finansiärer: per program (adeptens) och kohort (den månad matchningen föreslogs, svensk tid) vad som blev av matchningarna, och vad adepterna svarade vid varje uppföljning.',
  reportPrivacy:
    'Ingen går att identifiera. Ett tal som står för sig (föreslagna, tillfrågade, svarade) och är under 5 visas som ”färre än 5”. I en rad som summeras till en total döljs ett tal under 5 och ett till, så att det inte kan räknas fram ur totalen: de visas som ”dolt”. En uppföljning med färre än 5 svar visar inga andelar. Demodata redovisas för sig.',
  reportProgrammeLabel: 'Program',
  reportAllProgrammes: 'Alla program',
  reportProgrammeRefused: 'Det här programmet går inte att visa. Välj ett annat.',
  reportRefresh: 'Uppdatera rapporten',
  reportCsv: 'Ladda ner rapporten som CSV',
  reportCsvExcel: 'CSV för svenska Excel',
  reportAsOf: ({ date }: { date: string }): string => `Siffrorna gäller ${date}.`,
  reportRefreshed: ({ date }: { date: string }): string =>
    `Rapporten är uppdaterad: siffrorna gäller ${date}.`,
  reportDownloaded: ({ file }: { file: string }): string =>
    `Rapporten laddades ner som CSV (${file}).`,
  reportDownloadFailed: 'Rapporten kunde inte laddas ner. Försök igen om en stund.',
  reportLoadFailedTitle: 'Rapporten kunde inte laddas',
  reportLoadFailedBody: ({ status }: { status: number }): string =>
    `Servern svarade med ett fel (${status}). Försök igen om en stund.`,
  reportSessionEnded: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
  reportEmpty: 'Inga matchningar ännu: det finns inget att rapportera.',
  reportNoProgramme: 'Utan program',
  reportUnknownProgramme: ({ id }: { id: string }): string => `Program ${id}`,
  reportDemo: 'Demo',
  reportHeadline: ({ share, answered, formatted, months }: HeadlineParam): string =>
    plural('sv', answered, {
      one: `${share} av den ${formatted} adept som svarade efter ${months} har ett kvalificerat jobb`,
      other: `${share} av de ${formatted} adepter som svarade efter ${months} har ett kvalificerat jobb`,
    }),
  reportMonths: ({ months, formatted }: MonthsParam): string =>
    plural('sv', months, { one: `${formatted} månad`, other: `${formatted} månader` }),

  reportCohortCaption: ({ programme }: ProgrammeParam): string =>
    `Matchningar per kohort, den månad de föreslogs (svensk tid): ${programme}`,
  reportCohortDenominators:
    'Varje tal räknar matchningar av dem som föreslogs den månaden. Avböjda är en del av de stängda. Genomförda träffar är summan av de träffar som matchningarna har registrerat.',
  reportCohort: 'Kohort',
  reportProposed: 'Föreslagna',
  reportWaiting: 'Väntar på svar',
  reportAcceptedByBoth: 'Accepterade av båda',
  reportActive: 'Pågår nu',
  reportPaused: 'Pausade',
  reportCompleted: 'Avslutade',
  reportClosed: 'Stängda',
  reportDeclined: 'varav avböjda',
  reportMeetingsHeld: 'Genomförda träffar',
  reportFewerThan5: 'färre än 5',
  reportHidden: 'dolt',

  reportOutcomesHeading: 'Uppföljningar: adepternas arbetssituation',
  reportNoRounds: 'Inga uppföljningar har skickats än.',
  reportRoundsCaption: ({ programme }: ProgrammeParam): string =>
    `Adepternas uppföljningar per omgång, antal (andel av dem som svarade): ${programme}`,
  reportRoundsDenominators:
    'Tillfrågade är de adepter som fick uppföljningen; svarade är de av dem som svarade. Andelen inom parentes är av dem som svarade, inte av de tillfrågade.',
  reportMonthsAfterStart: 'Månader efter start',
  reportAsked: 'Tillfrågade',
  reportAnswered: 'Svarade',
  reportTooFewAnswers: 'för få svar',
  reportSituation: ({ situation }: SituationParam): string =>
    ({
      'qualified-job': 'Kvalificerat jobb',
      'other-job': 'Annat jobb',
      studies: 'Studier',
      looking: 'Söker arbete',
      other: 'Annat',
      hidden: 'Dolt',
    })[situation] ?? situation,
  reportHelped: ({ level }: HelpedParam): string =>
    `Hjälpte: ${helpedWord(followUpSv, level).toLocaleLowerCase('sv')}`,

  reportChartTitle: ({ programme }: ProgrammeParam): string =>
    `Adepternas arbetssituation vid varje uppföljning: ${programme}`,
  reportRoundTooFew: ({ months, answered }: RoundParam): string =>
    `${months}: ${answered} svarade, för få för att visa andelar.`,
  reportRoundShares: ({ months, answered, shares }: RoundSharesParam): string =>
    `${months}: ${answered} svarade; ${shares}.`,
  reportBarNoShares: ({ answered }: { answered: string }): string =>
    `${answered} svarade: inga andelar visas`,
} satisfies SourceCatalogue;

export type ReportMessages = typeof reportSv;
