// The widgets' and the extension's UI strings in XLIFF 2.0, for the same review as the
// glossary's (docs/decisions/0021): one document per target language, one <file> per catalogue
// (`extension`, `widgets:<bundle>`), one <unit> per message key. A plain message has one "text"
// segment; a message with parameters carries them as <ph/> placeholders (XLIFF 2.0 inline codes,
// the parameter's name in <originalData>), and a plural message has one segment per plural
// category of the target language (`glossaryResults#few` in a catalogue). Review status per
// message and language lives in a review file of its own; a review stands while both the
// Swedish and the text are the ones reviewed. All or nothing, like the glossary's import, and a
// reviewed text must keep its placeholders: one dropped or invented is refused by name.
import { isCore, openXliff, segmentState } from './xliff-document.ts';
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

/**
 * A parameter inside a catalogue's text: U+E000, its name, U+E001 (private-use characters, never
 * in a real message). The export writes it as <ph/>, the import reads <ph/> back into it.
 */
export function parameterToken(name: string): string {
  return `\uE000${name}\uE001`;
}
const PARAMETER_TOKEN = /\uE000([A-Za-z][A-Za-z0-9_]*)\uE001/g;

/** A catalogue key of one segment of a plural message: `glossaryResults#few`. */
export const SEGMENT_KEY_SEPARATOR = '#';

function splitKey(key: string): { unit: string; segment: string } {
  const at = key.indexOf(SEGMENT_KEY_SEPARATOR);
  return at === -1
    ? { unit: key, segment: 'text' }
    : { unit: key.slice(0, at), segment: key.slice(at + 1) };
}

const keyOf = (unit: string, segment: string) =>
  segment === 'text' ? unit : `${unit}${SEGMENT_KEY_SEPARATOR}${segment}`;

/** The parameters' names in `text`, in order of appearance. */
function parameterNames(text: string): string[] {
  return [...text.matchAll(PARAMETER_TOKEN)].map((match) => match[1] as string);
}

/**
 * `text` as XLIFF inline content: escaped, each parameter a <ph/> whose id names the segment,
 * the parameter and its occurrence, so that the target's <ph/> for the same parameter has the
 * same id as the source's.
 */
function inlineXml(text: string, segment: string): string {
  const seen = new Map<string, number>();
  let xml = '';
  let at = 0;
  for (const match of text.matchAll(PARAMETER_TOKEN)) {
    const name = match[1] as string;
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    xml += escapeXml(text.slice(at, match.index));
    xml += `<ph id="${escapeXml(`${segment}.${name}.${occurrence}`)}" dataRef="${escapeXml(name)}" disp="{${escapeXml(name)}}" canDelete="no"/>`;
    at = match.index + match[0].length;
  }
  return xml + escapeXml(text.slice(at));
}

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

function segmentXml(
  catalogue: StringCatalogue,
  key: string,
  segment: string,
  reviews?: StringReviewFile,
): string {
  const source = catalogue.source[key] ?? '';
  const target = Object.hasOwn(catalogue.target, key) ? catalogue.target[key] : undefined;
  const state =
    target === undefined
      ? 'state="initial"'
      : stringReviewStands(catalogue, key, reviews)
        ? 'state="reviewed"'
        : `state="translated" subState="${MACHINE_ASSISTED}"`;
  const targetXml =
    target === undefined ? '' : `\n        <target>${inlineXml(target, segment)}</target>`;
  return `      <segment id="${escapeXml(segment)}" ${state}>
        <source>${inlineXml(source, segment)}</source>${targetXml}
      </segment>`;
}

function unit(
  catalogue: StringCatalogue,
  id: string,
  keys: readonly string[],
  reviews?: StringReviewFile,
): string {
  // The parameters' own notation, once per unit, for the translator's tool to show.
  const names = [
    ...new Set(keys.flatMap((key) => parameterNames(catalogue.source[key] ?? ''))),
  ].sort();
  const originalData =
    names.length === 0
      ? ''
      : `\n      <originalData>\n${names
          .map((name) => `        <data id="${escapeXml(name)}">{${escapeXml(name)}}</data>`)
          .join('\n')}\n      </originalData>`;
  const segments = keys.map((key) => segmentXml(catalogue, key, splitKey(key).segment, reviews));
  return `    <unit id="${escapeXml(id)}">${originalData}
${segments.join('\n')}
    </unit>`;
}

/** The catalogue's keys grouped by unit, in the catalogue's order. */
function unitsOf(catalogue: StringCatalogue): Map<string, string[]> {
  const units = new Map<string, string[]>();
  for (const key of Object.keys(catalogue.source)) {
    const id = splitKey(key).unit;
    units.set(id, [...(units.get(id) ?? []), key]);
  }
  return units;
}

/** The XLIFF 2.0 document of `catalogues` into `language`; the same input, the same bytes. */
export function stringsToXliff(
  catalogues: readonly StringCatalogue[],
  language: string,
  reviews?: StringReviewFile,
): string {
  const files = catalogues.map(
    (catalogue) => `  <file id="${escapeXml(catalogue.id)}">
${[...unitsOf(catalogue)].map(([id, keys]) => unit(catalogue, id, keys, reviews)).join('\n')}
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

/**
 * The placeholders of `text`, sorted: `$NAME$` and `%s` (the extension's) and `{name}` (the
 * widgets' parameters, <ph/> in the file).
 */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\$[A-Za-z0-9_]+\$|%s|\uE000([A-Za-z][A-Za-z0-9_]*)\uE001/g)]
    .map((match) => (match[1] === undefined ? match[0] : `{${match[1]}}`))
    .sort();
}

/** What `target` drops of and adds to `expected`'s placeholders (each a multiset). */
function placeholderDifference(expected: string[], target: string[]) {
  const left = [...target];
  const dropped: string[] = [];
  for (const placeholder of expected) {
    const at = left.indexOf(placeholder);
    if (at === -1) dropped.push(placeholder);
    else left.splice(at, 1);
  }
  return { dropped, invented: left };
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
      const keys = unitsOf(catalogue).get(key);
      if (!keys) {
        problems.add(name, element.line, 'unknown-unit', `${fileId} has no message "${key}".`);
        continue;
      }
      const segments = element.children.filter(
        (child) => isCore(child) && child.name === 'segment',
      );
      if (segments.length === 0) {
        problems.add(name, element.line, 'not-xliff', 'A unit without its <segment> and <source>.');
        continue;
      }
      for (const segment of segments) {
        const segmentId = segment.attributes.get('id') ?? 'text';
        const segmentKey = keyOf(key, segmentId);
        if (!keys.includes(segmentKey)) {
          problems.add(
            name,
            segment.line,
            'unknown-segment',
            `The message "${key}" has no segment "${segmentId}": export the file again.`,
          );
          continue;
        }
        const where = segmentId === 'text' ? name : `${name}#${segmentId}`;
        reviewSegment(segment, catalogue, segmentKey, where, problems, {
          files,
          corrected,
          today,
        });
      }
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

/**
 * The text of a <source> or <target>: its text with each <ph dataRef="name"/> read back into
 * the parameter's token; any other element is markup, refused.
 */
function inlineText(element: XmlElement, unit: string, problems: Problems): string {
  let text = '';
  for (const part of element.content) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const name = part.attributes.get('dataRef') ?? '';
    if (isCore(part) && part.name === 'ph' && /^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
      text += parameterToken(name);
      continue;
    }
    problems.add(
      unit,
      part.line,
      isCore(part) && part.name === 'ph' ? 'placeholder-mismatch' : 'markup-in-text',
      isCore(part) && part.name === 'ph'
        ? `A <ph> without the dataRef of a parameter: keep the placeholders as exported.`
        : `<${part.name}> inside <${element.name}>: the text is plain apart from the placeholders (<ph/>) of its parameters.`,
    );
  }
  return text;
}

function reviewSegment(
  segment: XmlElement,
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
  const sourceElement = segment.children.find((child) => isCore(child) && child.name === 'source');
  if (!sourceElement) {
    problems.add(name, segment.line, 'not-xliff', 'A segment without its <source>.');
    return;
  }
  const state = segmentState(segment, name, problems);
  if (state === undefined) return;
  const before = problems.list.length;
  const source = inlineText(sourceElement, name, problems);
  const targetElement = segment.children.find((child) => isCore(child) && child.name === 'target');
  const target = targetElement ? inlineText(targetElement, name, problems) : undefined;
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
  // A plural form may leave out the number where the language says "one" without it, as the
  // catalogue's own text does: the target keeps the Swedish's placeholders or the catalogue's.
  const found = placeholders(target);
  const differences = [placeholders(source), placeholders(current ?? source)].map((expected) =>
    placeholderDifference(expected, found),
  );
  if (
    !differences.some((difference) => difference.dropped.length + difference.invented.length === 0)
  ) {
    const { dropped, invented } = differences[0] as { dropped: string[]; invented: string[] };
    const expected = placeholders(source);
    const said = [
      dropped.length > 0 ? `drops ${dropped.join(', ')}` : '',
      invented.length > 0 ? `adds ${invented.join(', ')}, which the Swedish does not have` : '',
    ].filter(Boolean);
    problems.add(
      name,
      segment.line,
      'placeholder-mismatch',
      `The text ${said.join(' and ') || 'changes its placeholders'}: keep exactly the placeholders of the Swedish (${expected.join(', ') || 'none'}).`,
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
