import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { PeopleListMessages } from './list-sv.ts';

export const peopleListEn: CatalogueOf<PeopleListMessages> = {
  peopleListHeading: 'People',
  peopleListSearch: 'Search name, e-mail, profession or region',
  peopleListSearchHint: 'Case and accents do not matter: "Lakare" finds Läkare.',
  peopleListFilters: 'Filters',
  peopleListProgramme: 'Programme',
  peopleListRole: 'Role',
  peopleListStatus: 'Status',
  peopleListRegion: 'Region',
  peopleListOccupation: 'Occupation group',
  peopleListAny: 'All',
  peopleListUnclassified: 'Unclassified',
  peopleListSort: 'Sort by',
  peopleListSortBy: ({ sort }) =>
    ({
      newest: 'Newest signups first',
      oldest: 'Oldest signups first',
      name: 'Name',
      region: 'Region',
      status: 'Status',
    })[sort] ?? sort,
  peopleListClear: 'Clear the filters',
  peopleListFilterError: ({ field }) =>
    field === 'q'
      ? 'The search can be at most 200 characters.'
      : 'This value was not understood. Choose another, or clear the filters.',
  peopleListCount: ({ count, formatted }) =>
    plural('en', count, { one: `${formatted} person`, other: `${formatted} people` }),
  peopleListPageOf: ({ page, pages }) => `Page ${page} of ${pages}`,
  peopleListPages: 'Pages',
  peopleListPrevious: 'Previous page',
  peopleListNext: 'Next page',
  peopleListEmpty: 'No one matches these filters.',
  peopleListNone: 'No one has signed up yet.',
  peopleListCaption: 'People, the page shown',
  peopleListName: 'Name',
  peopleListProfession: 'Profession',
  peopleListSignedUp: 'Signed up',
  peopleListActions: 'Actions',
  peopleListSelectRow: ({ name }) => `Select ${name}`,
  peopleListSelectPage: 'Select everyone on this page',
  peopleListSelected: ({ formatted }) => `${formatted} selected`,
  peopleListWithdrawSelected: 'Withdraw selected',
  peopleListWithdrawn: ({ count, formatted }) =>
    plural('en', count, {
      one: `${formatted} person withdrawn.`,
      other: `${formatted} people withdrawn.`,
    }),
  peopleListUndo: 'Undo',
  peopleListReinstated: ({ count, formatted }) =>
    plural('en', count, {
      one: `Undone: ${formatted} person is back.`,
      other: `Undone: ${formatted} people are back.`,
    }),
  peopleListErased: ({ name }) => `The data of ${name} was erased for good, with their matches.`,
  peopleListSaveFailed: 'Could not be saved. Nothing changed for those not saved; try again.',
  peopleListExportThese: ({ count, formatted, excel }) =>
    plural('en', count, {
      one: `Export this person as CSV${excel ? ' for Swedish Excel' : ''}`,
      other: `Export these ${formatted} as CSV${excel ? ' for Swedish Excel' : ''}`,
    }),
  peopleListExportSelected: ({ count, formatted, excel }) =>
    plural('en', count, {
      one: `Export the selected person as CSV${excel ? ' for Swedish Excel' : ''}`,
      other: `Export the ${formatted} selected as CSV${excel ? ' for Swedish Excel' : ''}`,
    }),
  peopleListExported: ({ name }) => `The file ${name} was downloaded.`,
  peopleListExportFailed: 'The file could not be downloaded. Try again.',
  peopleListExportTooMany: ({ max }) =>
    `At most ${max} selected people can be exported at once. Select fewer, or clear the selection and export the whole list.`,
  peopleListFindMentor: 'Find a mentor',
  peopleListFindMentorFor: ({ name }) => `Find a mentor for ${name}`,
  peopleListClassify: 'Classify',
  peopleListChange: 'Change',
  peopleListClassifyOf: ({ name }) => `Classify the occupation of ${name}`,
  peopleListChangeOf: ({ name }) => `Change the occupation of ${name}`,
  peopleListDemo: 'Demo',
  peopleListDemoLabel: 'Demo: a fictional person',
};
