// `@mentorkit/glossary/xliff`: the translators' review workflow (docs/decisions/0021), for tools
// that run in node (the maintainer's commands): the glossary's and the UI strings' XLIFF 2.0
// export and import. Not for pages: it brings the XML parser.
export { glossaryToXliff } from './xliff-export.ts';
export {
  importXliffReviews,
  type XliffImportOptions,
  type XliffImportResult,
  type XliffImportSummary,
} from './xliff-import.ts';
export {
  formatImportErrors,
  type XliffImportError,
  type XliffImportErrorCode,
} from './xliff-document.ts';
export {
  MAX_UI_STRING,
  SEGMENT_KEY_SEPARATOR,
  importStringsXliff,
  parameterToken,
  stringReviewStands,
  stringsToXliff,
  type StringCatalogue,
  type StringReview,
  type StringReviewFile,
  type StringsImportOptions,
  type StringsImportResult,
} from './xliff-strings.ts';
export { MAX_XLIFF_CHARS } from './xliff-format.ts';
export { messageStrings, type MessageStrings } from './message-strings.ts';
