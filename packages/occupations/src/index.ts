// @mentorkit/occupations: job titles with their SSYK 2012 and ISCO-08 codes, and a lookup that
// forgives case, diacritics, word order and one typo. The data loads lazily
// (loadOccupationIndex); a caller that has the files already builds the index itself.
export { attribution, attributionText, type AttributionSource } from './attribution.ts';
export {
  TITLE_SOURCES,
  type EscoDataFile,
  type OccupationDataFile,
  type OccupationTitle,
  type TitleLanguage,
  type TitleSource,
} from './data-file.ts';
export {
  buildOccupationIndex,
  groupName,
  groupNamesFor,
  type OccupationIndex,
} from './occupation-index.ts';
export { loadOccupationIndex, type LoadOptions } from './load.ts';
export { normaliseText } from './normalise.ts';
export { searchOccupations, type OccupationMatch, type SearchOptions } from './search.ts';
export { classifyFreeText, MIN_CONFIDENCE, type Classification } from './classify.ts';
