// The widgets' and the extension's UI strings in XLIFF 2.0, for the same review as the
// glossary's (docs/decisions/0021): one document per target language, one <file> per catalogue
// (`extension`, `widgets:<bundle>`), one <unit> per message key with one "text" segment. Only
// plain-text messages are exported: the widgets' messages that are functions (plurals,
// parameters) stay in their TypeScript catalogues. Review status per message and language lives
// in a review file of its own; a review stands while both the Swedish and the text are the ones
// reviewed. All or nothing, like the glossary's import.
import { isCore, openXliff, plainText, segmentState } from './xliff-document.ts';
import type { XliffImportError, Problems } from './xliff-document.ts';
import { MACHINE_ASSISTED, XLIFF_NAMESPACE, escapeXml, isReviewedState } from './xliff-format.ts';
import type { XmlElement } from './xml-tree.ts';

/** One catalogue of UI strings: its Swedish source and its text in the target language. */
export interface StringCatalogue {
  /** The <file> id: `extension`, `widgets:signup-form`, … */
  id: string;
  source: Readonly<Record<string, string>>;
  target: Readonly<Record<string, string>>;
  /** Whether a reviewer's corrected text can be written back (the extension's JSON can). */
  writable: boolean;
}

export interface StringReview {
  source: string;
  target: string;
  reviewedOn: string;
}

/** The UI strings' review file of one language: catalogue id → key → review. */
export interface StringReviewFile {
  language: string;
  files: Record<string, Record<string, StringReview>>;
}

/** Most characters of one UI string (the longest today is about 300). */
export const MAX_UI_STRING = 2_000;

function reviewOf(
  reviews: StringReviewFile | undefined,
  file: string,
  key: string,
): StringReview | undefined {
  const catalogue = reviews && Object.hasOwn(reviews.files, file) ? reviews.files[file] : undefined;
  return catalogue && Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}

/** Whether the review of `key` still holds for the catalogue as it is. */
export function stringReviewStands(
  catalogue: StringCatalogue,
  key: string,
  reviews: StringReviewFile | undefined,
): boolean {
  const review = reviewOf(reviews, catalogue.id, key);
  return (
    review !== undefined &&
    review.source === catalogue.source[key] &&
    review.target === catalogue.target[key]
  );
}

function unit(catalogue: StringCatalogue, key: string, reviews?: StringReviewFile): string {
  const source = catalogue.source[key] ?? '';
  const target = Object.hasOwn(catalogue.target, key) ? catalogue.target[key] : undefined;
  const state =
    target === undefined
      ? 'state="initial"'
      : stringReviewStands(catalogue, key, reviews)
        ? 'state="reviewed"'
        : `state="translated" subState="${MACHINE_ASSISTED}"`;
  const targetXml = target === undefined ? '' : `\n        <target>${escapeXml(target)}</target>`;
  return `    <unit id="${escapeXml(key)}">
      <segment id="text" ${state}>
        <source>${escapeXml(source)}</source>${targetXml}
      </segment>
    </unit>`;
}

/** The XLIFF 2.0 document of `catalogues` into `language`; the same input, the same bytes. */
export function stringsToXliff(
  catalogues: readonly StringCatalogue[],
  language: string,
  reviews?: StringReviewFile,
): string {
  const files = catalogues.map(
    (catalogue) => `  <file id="${escapeXml(catalogue.id)}">
${Object.keys(catalogue.source)
  .map((key) => unit(catalogue, key, reviews))
  .join('\n')}
  </file>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="sv" trgLang="${language}">
${files.join('\n')}
</xliff>
`;
}

export interface StringsImportOptions {
  catalogues: readonly StringCatalogue[];
  /** The target languages these catalogues have. */
  languages: readonly string[];
  current?: StringReviewFile;
  expectedLanguage?: string;
  now: Date;
}

export type StringsImportResult =
  | {
      ok: true;
      reviews: StringReviewFile;
      /** Corrected texts to write into the writable catalogues: catalogue id → key → text. */
      corrected: Record<string, Record<string, string>>;
      summary: { language: string; units: number; reviewed: number; corrected: number };
    }
  | { ok: false; errors: XliffImportError[] };

/** `$NAME$` (the extension's placeholders) and `%s`, as a sorted list. */
function placeholders(text: string): string {
  return [...text.matchAll(/\$[A-Za-z0-9_]+\$|%s/g)]
    .map((match) => match[0])
    .sort()
    .join(' ');
}

/** Reads a reviewed XLIFF file of the UI strings, or says what is wrong, unit by unit. */
export function importStringsXliff(
  text: string,
  options: StringsImportOptions,
): StringsImportResult {
  const opened = openXliff(text, options.languages, options.expectedLanguage);
  if (!opened.ok) return opened;
  const { root, problems, language } = opened;
  const byId = new Map(options.catalogues.map((catalogue) => [catalogue.id, catalogue]));
  const files: StringReviewFile['files'] = structuredClone(options.current?.files ?? {});
  const corrected: Record<string, Record<string, string>> = {};
  const today = options.now.toISOString().slice(0, 10);
  let units = 0;
  for (const fileElement of root.children.filter(isCore)) {
    const fileId = fileElement.attributes.get('id') ?? '';
    const catalogue = byId.get(fileId);
    if (fileElement.name !== 'file' || !catalogue) {
      problems.add(
        '',
        fileElement.line,
        'unknown-file',
        `<file id="${fileId}"> is not a catalogue of ours.`,
      );
      continue;
    }
    const seen = new Set<string>();
    for (const element of fileElement.children.filter(isCore)) {
      if (element.name !== 'unit') continue;
      units += 1;
      const key = element.attributes.get('id') ?? '';
      const name = `${fileId}/${key}`;
      if (seen.has(key)) {
        problems.add(name, element.line, 'duplicate-unit', `The unit "${key}" appears twice.`);
        continue;
      }
      seen.add(key);
      if (!Object.hasOwn(catalogue.source, key)) {
        problems.add(name, element.line, 'unknown-unit', `${fileId} has no message "${key}".`);
        continue;
      }
      reviewUnit(element, catalogue, key, name, problems, { files, corrected, today });
    }
  }
  if (problems.list.length > 0) return { ok: false, errors: problems.list };
  let reviewed = 0;
  for (const catalogue of options.catalogues) {
    const after = {
      ...catalogue,
      target: { ...catalogue.target, ...corrected[catalogue.id] },
    };
    for (const key of Object.keys(files[catalogue.id] ?? {}))
      if (stringReviewStands(after, key, { language, files })) reviewed += 1;
  }
  const correctedCount = Object.values(corrected).reduce(
    (sum, keys) => sum + Object.keys(keys).length,
    0,
  );
  return {
    ok: true,
    reviews: { language, files },
    corrected,
    summary: { language, units, reviewed, corrected: correctedCount },
  };
}

function reviewUnit(
  element: XmlElement,
  catalogue: StringCatalogue,
  key: string,
  name: string,
  problems: Problems,
  into: {
    files: StringReviewFile['files'];
    corrected: Record<string, Record<string, string>>;
    today: string;
  },
): void {
  const segment = element.children.find((child) => isCore(child) && child.name === 'segment');
  const sourceElement = segment?.children.find((child) => isCore(child) && child.name === 'source');
  if (!segment || !sourceElement) {
    problems.add(name, element.line, 'not-xliff', 'A unit without its <segment> and <source>.');
    return;
  }
  const state = segmentState(segment, name, problems);
  if (state === undefined) return;
  const before = problems.list.length;
  const source = plainText(sourceElement, name, problems);
  const targetElement = segment.children.find((child) => isCore(child) && child.name === 'target');
  const target = targetElement ? plainText(targetElement, name, problems) : undefined;
  if (problems.list.length > before) return;
  const current = catalogue.target[key];
  if (source !== catalogue.source[key]) {
    problems.add(
      name,
      segment.line,
      'source-changed',
      'The Swedish changed since the export: export the file again.',
    );
    return;
  }
  if (!isReviewedState(state)) {
    if (target !== undefined && target !== current) {
      problems.add(
        name,
        segment.line,
        'changed-unreviewed',
        'The target text was changed but not marked reviewed: set the state to "reviewed" (or "final") to keep the change.',
      );
    } else delete into.files[catalogue.id]?.[key];
    return;
  }
  if (target === undefined || target.trim() === '') {
    problems.add(
      name,
      segment.line,
      'missing-target',
      'A segment marked reviewed has no target text.',
    );
    return;
  }
  if (target.length > MAX_UI_STRING) {
    problems.add(
      name,
      segment.line,
      'invalid-text',
      `The text is longer than ${MAX_UI_STRING} characters.`,
    );
    return;
  }
  if (placeholders(target) !== placeholders(source)) {
    problems.add(
      name,
      segment.line,
      'placeholder-mismatch',
      `The text must keep the placeholders of the Swedish (${placeholders(source) || 'none'}).`,
    );
    return;
  }
  if (target !== current) {
    if (!catalogue.writable) {
      problems.add(
        name,
        segment.line,
        'read-only-text',
        `${catalogue.id}'s messages are TypeScript: change this text in its catalogue and export again.`,
      );
      return;
    }
    (into.corrected[catalogue.id] ??= {})[key] = target;
  }
  const earlier = into.files[catalogue.id]?.[key];
  const reviewedOn =
    earlier && earlier.source === source && earlier.target === target
      ? earlier.reviewedOn
      : into.today;
  (into.files[catalogue.id] ??= {})[key] = { source, target, reviewedOn };
}
