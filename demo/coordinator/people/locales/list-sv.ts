// The people list's own words, Swedish source (the codes it shows as words are in ./sv.ts, shared
// with the person view). Numbers arrive formatted in the list's language.
import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export type PeopleSortParam = { sort: string };
export type FilterFieldParam = { field: string };
export type CountParam = { count: number; formatted: string };
export type NameParam = { name: string };
export type ExportCountParam = CountParam & { excel: boolean };

export const peopleListSv = {
  peopleListHeading: 'Personer',
  peopleListSearch: 'Sök namn, e-post, yrke eller region',
  peopleListSearchHint: 'Skiftläge och accenter spelar ingen roll: ”Lakare” hittar Läkare.',
  peopleListFilters: 'Filter',
  peopleListProgramme: 'Program',
  peopleListRole: 'Roll',
  peopleListStatus: 'Status',
  peopleListRegion: 'Region',
  peopleListOccupation: 'Yrkesgrupp',
  peopleListAny: 'Alla',
  peopleListUnclassified: 'Ej klassificerad',
  peopleListSort: 'Sortera',
  peopleListSortBy: ({ sort }: PeopleSortParam): string =>
    ({
      newest: 'Senast anmälda först',
      oldest: 'Först anmälda först',
      name: 'Namn',
      region: 'Region',
      status: 'Status',
    })[sort] ?? sort,
  peopleListClear: 'Rensa filtren',
  peopleListFilterError: ({ field }: FilterFieldParam): string =>
    field === 'q'
      ? 'Sökningen får vara högst 200 tecken.'
      : 'Det här värdet förstods inte. Välj ett annat eller rensa filtren.',
  peopleListCount: ({ count, formatted }: CountParam): string =>
    plural('sv', count, { one: `${formatted} person`, other: `${formatted} personer` }),
  peopleListPageOf: ({ page, pages }: { page: string; pages: string }): string =>
    `Sida ${page} av ${pages}`,
  peopleListPages: 'Sidor',
  peopleListPrevious: 'Föregående sida',
  peopleListNext: 'Nästa sida',
  peopleListEmpty: 'Ingen matchar de här filtren.',
  peopleListNone: 'Ingen har anmält sig än.',
  peopleListCaption: 'Personer, sidan som visas',
  peopleListName: 'Namn',
  peopleListProfession: 'Yrke',
  peopleListSignedUp: 'Anmäld',
  peopleListActions: 'Åtgärder',
  peopleListSelectRow: ({ name }: NameParam): string => `Välj ${name}`,
  peopleListSelectPage: 'Välj alla på sidan',
  peopleListSelected: ({ count, formatted }: CountParam): string =>
    plural('sv', count, { one: `${formatted} vald`, other: `${formatted} valda` }),
  peopleListWithdrawSelected: 'Markera de valda som avböjda',
  peopleListWithdrawn: ({ count, formatted }: CountParam): string =>
    plural('sv', count, {
      one: `${formatted} person markerades som avböjd.`,
      other: `${formatted} personer markerades som avböjda.`,
    }),
  peopleListUndo: 'Ångra',
  peopleListReinstated: ({ count, formatted }: CountParam): string =>
    plural('sv', count, {
      one: `Ångrat: ${formatted} person är tillbaka.`,
      other: `Ångrat: ${formatted} personer är tillbaka.`,
    }),
  peopleListErased: ({ name }: NameParam): string =>
    `Uppgifterna om ${name} raderades för gott, med deras matchningar.`,
  peopleListSaveFailed:
    'Det gick inte att spara. Inget ändrades för dem som inte sparades; försök igen.',
  peopleListExportThese: ({ count, formatted, excel }: ExportCountParam): string =>
    plural('sv', count, {
      one: `Exportera den här personen som CSV${excel ? ' för svenska Excel' : ''}`,
      other: `Exportera dessa ${formatted} som CSV${excel ? ' för svenska Excel' : ''}`,
    }),
  peopleListExportSelected: ({ count, formatted, excel }: ExportCountParam): string =>
    plural('sv', count, {
      one: `Exportera den valda som CSV${excel ? ' för svenska Excel' : ''}`,
      other: `Exportera de ${formatted} valda som CSV${excel ? ' för svenska Excel' : ''}`,
    }),
  peopleListExported: ({ name }: NameParam): string => `Filen ${name} laddades ner.`,
  peopleListExportFailed: 'Filen kunde inte laddas ner. Försök igen.',
  peopleListExportTooMany: ({ max }: { max: string }): string =>
    `Högst ${max} valda kan exporteras åt gången. Välj färre, eller avmarkera alla och exportera hela listan.`,
  peopleListFindMentor: 'Hitta en mentor',
  peopleListFindMentorFor: ({ name }: NameParam): string => `Hitta en mentor åt ${name}`,
  peopleListClassify: 'Klassificera',
  peopleListChange: 'Ändra',
  peopleListClassifyOf: ({ name }: NameParam): string => `Klassificera yrket för ${name}`,
  peopleListChangeOf: ({ name }: NameParam): string => `Ändra yrket för ${name}`,
  peopleListDemo: 'Demo',
  peopleListDemoLabel: 'Demo: en påhittad person',
} satisfies SourceCatalogue;

export type PeopleListMessages = typeof peopleListSv;
