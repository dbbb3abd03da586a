// Opening an XLIFF 2.0 file for an import, shared by the glossary's (xliff-import.ts) and the UI
// strings' (xliff-strings.ts): the bounded, DOCTYPE-free parse, the root, the source language
// (Swedish) and the target language, and the list of problems an import collects by unit.
import {
  MAX_XLIFF_CHARS,
  MAX_XLIFF_DEPTH,
  MAX_XLIFF_ELEMENTS,
  SEGMENT_STATES,
  XLIFF_NAMESPACE,
  XLIFF_SOURCE_LANGUAGE,
} from './xliff-format.ts';
import type { SegmentState } from './xliff-format.ts';
import { XmlReadError, readXml } from './xml-tree.ts';
import type { XmlElement } from './xml-tree.ts';

export type XliffImportErrorCode =
  | 'unreadable'
  | 'not-xliff'
  | 'wrong-source-language'
  | 'wrong-target-language'
  | 'unknown-file'
  | 'unknown-unit'
  | 'duplicate-unit'
  | 'unknown-segment'
  | 'unsupported-element'
  | 'source-changed'
  | 'invalid-state'
  | 'markup-in-text'
  | 'missing-target'
  | 'invalid-text'
  | 'changed-unreviewed'
  | 'placeholder-mismatch'
  | 'read-only-text';

export interface XliffImportError {
  /** The unit's id (a term id); empty for the whole file. */
  unit: string;
  /** 1-based line in the file; 0 when not known. */
  line: number;
  code: XliffImportErrorCode;
  /** An English explanation naming what to fix. */
  reason: string;
}

const MAX_ERRORS = 100;

/** The primary language subtag, lower case (`sv-SE` → `sv`). */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export class Problems {
  readonly list: XliffImportError[] = [];
  add(unit: string, line: number, code: XliffImportErrorCode, reason: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push({ unit, line, code, reason });
  }
}

export const isCore = (element: XmlElement) => element.uri === XLIFF_NAMESPACE;

/** The text of <source> or <target>; inline markup (<ph>, <pc>, …) is refused. */
export function plainText(element: XmlElement, unit: string, problems: Problems): string {
  if (element.children.length > 0) {
    const child = element.children[0] as XmlElement;
    problems.add(
      unit,
      child.line,
      'markup-in-text',
      `<${child.name}> inside <${element.name}>: glossary text is plain text; write it without markup.`,
    );
  }
  return element.text;
}

export type OpenedXliff =
  | { ok: true; root: XmlElement; language: string; problems: Problems }
  | { ok: false; errors: XliffImportError[] };

/**
 * Parses `text` and checks its root: XLIFF 2.x, Swedish source, a target among `languages` (and
 * `expected`, when given). Problems that do not stop the reading are in `problems`.
 */
export function openXliff(
  text: string,
  languages: readonly string[],
  expected?: string,
): OpenedXliff {
  const problems = new Problems();
  let root: XmlElement;
  try {
    root = readXml(text, {
      maxChars: MAX_XLIFF_CHARS,
      maxElements: MAX_XLIFF_ELEMENTS,
      maxDepth: MAX_XLIFF_DEPTH,
    });
  } catch (error) {
    const line = error instanceof XmlReadError ? error.line : 0;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ unit: '', line, code: 'unreadable', reason: message }] };
  }
  if (
    !isCore(root) ||
    root.name !== 'xliff' ||
    !/^2\.\d$/.test(root.attributes.get('version') ?? '')
  ) {
    const reason = `The file is not XLIFF 2.x: its root must be <xliff version="2.0" xmlns="${XLIFF_NAMESPACE}">.`;
    return { ok: false, errors: [{ unit: '', line: root.line, code: 'not-xliff', reason }] };
  }
  const source = root.attributes.get('srcLang');
  if (primaryLanguage(source) !== XLIFF_SOURCE_LANGUAGE) {
    problems.add(
      '',
      root.line,
      'wrong-source-language',
      `srcLang is "${source ?? ''}"; the source is Swedish ("sv").`,
    );
  }
  const targetTag = root.attributes.get('trgLang');
  const language = primaryLanguage(targetTag);
  if (!languages.includes(language)) {
    const reason = `trgLang is "${targetTag ?? ''}"; it must be one of ${languages.join(', ')}.`;
    problems.add('', root.line, 'wrong-target-language', reason);
    return { ok: false, errors: problems.list };
  }
  if (expected && language !== expected) {
    const reason = `This file is for "${language}", not for "${expected}".`;
    problems.add('', root.line, 'wrong-target-language', reason);
    return { ok: false, errors: problems.list };
  }
  return { ok: true, root, language, problems };
}

/** A segment's `state` (XLIFF's default is `initial`), or `undefined` after saying it is unknown. */
export function segmentState(
  segment: XmlElement,
  unit: string,
  problems: Problems,
): SegmentState | undefined {
  const state = segment.attributes.get('state') ?? 'initial';
  if ((SEGMENT_STATES as readonly string[]).includes(state)) return state as SegmentState;
  const reason = `Segment state "${state}" is not one of ${SEGMENT_STATES.join(', ')}.`;
  problems.add(unit, segment.line, 'invalid-state', reason);
  return undefined;
}

/** The errors of a refused import as the maintainer's commands print them, one line each. */
export function formatImportErrors(file: string, errors: readonly XliffImportError[]): string {
  const lines = errors.map((error) => {
    const where = error.unit ? `unit "${error.unit}"` : 'file';
    const line = error.line ? ` (line ${error.line})` : '';
    return `  ${where}${line}: ${error.reason} [${error.code}]`;
  });
  return `${file} was not imported; nothing changed:\n${lines.join('\n')}`;
}
