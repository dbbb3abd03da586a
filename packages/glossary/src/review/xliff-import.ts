// Reads a reviewed XLIFF 2.0 file of the glossary (format: xliff-format.ts) into the review file
// of its language. All or nothing, like a glossary pack's import: one bad unit refuses the file,
// and every problem is reported with the unit it is in. Text is kept exactly as written and only
// ever shown as text (Lit escapes it); markup inside a target is refused, not interpreted.
import { GLOSSARY_TRANSLATION_LOCALES, GlossaryTranslationSchema } from '@mentorkit/core';
import type { GlossaryTerm, GlossaryTranslationLocale } from '@mentorkit/core';
import { reviewOf, reviewStands } from './reviews.ts';
import type { ReviewFile, TermReview } from './reviews.ts';
import { isCore, openXliff, plainText, primaryLanguage, segmentState } from './xliff-document.ts';
import type { XliffImportError, Problems } from './xliff-document.ts';
import { GLOSSARY_FILE_ID, isReviewedState } from './xliff-format.ts';
import type { SegmentState } from './xliff-format.ts';
import type { XmlElement } from './xml-tree.ts';

export type { XliffImportError, XliffImportErrorCode } from './xliff-document.ts';

export interface XliffImportSummary {
  language: GlossaryTranslationLocale;
  /** Units in the file. */
  units: number;
  /** Terms whose translation is reviewed after the import. */
  reviewed: number;
  /** Of those, terms whose reviewed text differs from the machine-assisted one. */
  corrected: number;
  /** Terms whose earlier review the file withdrew (marked translated or initial again). */
  withdrawn: number;
}

export type XliffImportResult =
  | { ok: true; reviews: ReviewFile; summary: XliffImportSummary }
  | { ok: false; errors: XliffImportError[] };

export interface XliffImportOptions {
  /** The glossary the file was exported from (the bundled terms). */
  terms: readonly GlossaryTerm[];
  /** The language's current review file; units not in the XLIFF keep their reviews. */
  current?: ReviewFile;
  /** The language the reviewer was asked to review; another trgLang is refused. */
  expectedLanguage?: GlossaryTranslationLocale;
  /** The day of the import (tests pin it). */
  now: Date;
}

interface SegmentIn {
  state: SegmentState;
  source: string;
  target: string | undefined;
}

function readSegment(element: XmlElement, unit: string, problems: Problems): SegmentIn | undefined {
  const state = segmentState(element, unit, problems);
  if (state === undefined) return undefined;
  const source = element.children.find((child) => isCore(child) && child.name === 'source');
  const target = element.children.find((child) => isCore(child) && child.name === 'target');
  if (!source) {
    problems.add(unit, element.line, 'not-xliff', 'A <segment> without its <source>.');
    return undefined;
  }
  return {
    state,
    source: plainText(source, unit, problems),
    target: target ? plainText(target, unit, problems) : undefined,
  };
}

interface UnitIn {
  id: string;
  line: number;
  term: SegmentIn;
  explanation: SegmentIn | undefined;
}

function readUnit(element: XmlElement, language: string, problems: Problems): UnitIn | undefined {
  const id = element.attributes.get('id') ?? '';
  const before = problems.list.length;
  const segments = new Map<string, SegmentIn>();
  for (const child of element.children) {
    if (!isCore(child) || child.name === 'notes' || child.name === 'originalData') continue;
    if (child.name !== 'segment') {
      problems.add(id, child.line, 'unsupported-element', `<${child.name}> is not used here.`);
      continue;
    }
    const segmentId = child.attributes.get('id') ?? '';
    if (segmentId !== 'term' && segmentId !== 'explanation') {
      problems.add(
        id,
        child.line,
        'unknown-segment',
        `Segment "${segmentId}": a unit has a "term" segment and may have an "explanation" one.`,
      );
      continue;
    }
    const target = child.children.find((node) => isCore(node) && node.name === 'target');
    const targetLang = target?.attributes.get('xml:lang');
    if (targetLang !== undefined && primaryLanguage(targetLang) !== language) {
      problems.add(
        id,
        target?.line ?? child.line,
        'wrong-target-language',
        `The target says xml:lang="${targetLang}"; this file is for "${language}".`,
      );
    }
    const segment = readSegment(child, id, problems);
    if (segment) segments.set(segmentId, segment);
  }
  // One problem per unit is enough to fix it; what follows from it would only repeat it.
  if (problems.list.length > before) return undefined;
  const term = segments.get('term');
  if (!term) {
    problems.add(id, element.line, 'unknown-segment', 'The unit has no "term" segment.');
    return undefined;
  }
  return { id, line: element.line, term, explanation: segments.get('explanation') };
}

/** The unit checked against its term; the review it records, or `null` for "not reviewed". */
function reviewFromUnit(
  unit: UnitIn,
  term: GlossaryTerm,
  language: GlossaryTranslationLocale,
  current: ReviewFile | undefined,
  today: string,
  problems: Problems,
): TermReview | null | undefined {
  const before = problems.list.length;
  if (unit.term.source !== term.lemma) {
    problems.add(
      unit.id,
      unit.line,
      'source-changed',
      `The source "${unit.term.source}" is not the term's lemma "${term.lemma}" any more: export the file again.`,
    );
  }
  if (unit.explanation && unit.explanation.source !== term.explanation.sv) {
    problems.add(
      unit.id,
      unit.line,
      'source-changed',
      'The Swedish explanation changed since the export: export the file again.',
    );
  }
  const segments = unit.explanation ? [unit.term, unit.explanation] : [unit.term];
  const reviewed = segments.every((segment) => isReviewedState(segment.state));
  const standing = reviewOf(current, term.id);
  const shown = reviewStands(term, standing)
    ? { text: standing?.target.term, explanation: standing?.target.explanation }
    : term.translations[language];
  if (reviewed) {
    for (const segment of segments) {
      if (segment.target === undefined || segment.target.trim() === '') {
        problems.add(
          unit.id,
          unit.line,
          'missing-target',
          'A segment marked reviewed has no target text.',
        );
      }
    }
  } else if (
    unit.term.target !== shown?.text ||
    (unit.explanation !== undefined && unit.explanation.target !== shown?.explanation)
  ) {
    problems.add(
      unit.id,
      unit.line,
      'changed-unreviewed',
      'The target text was changed but not marked reviewed: set the segments\' state to "reviewed" (or "final") to keep the change.',
    );
  }
  if (problems.list.length > before || !reviewed)
    return problems.list.length > before ? undefined : null;

  const target: TermReview['target'] = { term: unit.term.target ?? '' };
  if (unit.explanation?.target !== undefined) target.explanation = unit.explanation.target;
  const checked = GlossaryTranslationSchema.safeParse({
    text: target.term,
    ...(target.explanation !== undefined ? { explanation: target.explanation } : {}),
    reviewed: true,
  });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    problems.add(
      unit.id,
      unit.line,
      'invalid-text',
      `${issue?.path.join('.') === 'explanation' ? 'The explanation' : 'The term'}: ${issue?.message ?? 'not valid'}.`,
    );
    return undefined;
  }
  const unchanged =
    standing !== undefined &&
    reviewStands(term, standing) &&
    standing.target.term === target.term &&
    standing.target.explanation === target.explanation;
  return {
    source: { term: term.lemma, explanation: term.explanation.sv },
    target,
    reviewedOn: unchanged && standing ? standing.reviewedOn : today,
  };
}

/** Reads a reviewed XLIFF file into the review file of its language, or says what is wrong. */
export function importXliffReviews(text: string, options: XliffImportOptions): XliffImportResult {
  const opened = openXliff(text, GLOSSARY_TRANSLATION_LOCALES, options.expectedLanguage);
  if (!opened.ok) return opened;
  const { root, problems } = opened;
  const language = opened.language as GlossaryTranslationLocale;
  const termsById = new Map(options.terms.map((term) => [term.id, term]));
  const seen = new Set<string>();
  const today = options.now.toISOString().slice(0, 10);
  const terms: Record<string, TermReview> = { ...options.current?.terms };
  let units = 0;
  let corrected = 0;
  let withdrawn = 0;
  for (const file of root.children.filter(isCore)) {
    if (file.name !== 'file') {
      problems.add('', file.line, 'unsupported-element', `<${file.name}> is not used here.`);
      continue;
    }
    const fileId = file.attributes.get('id') ?? '';
    if (fileId !== GLOSSARY_FILE_ID) {
      problems.add(
        '',
        file.line,
        'unknown-file',
        `<file id="${fileId}">: the glossary's file is "${GLOSSARY_FILE_ID}".`,
      );
      continue;
    }
    for (const element of file.children.filter(isCore)) {
      if (element.name === 'notes' || element.name === 'skeleton') continue;
      if (element.name !== 'unit') {
        problems.add(
          '',
          element.line,
          'unsupported-element',
          `<${element.name}> is not used here.`,
        );
        continue;
      }
      units += 1;
      const id = element.attributes.get('id') ?? '';
      if (seen.has(id)) {
        problems.add(id, element.line, 'duplicate-unit', `The unit "${id}" appears twice.`);
        continue;
      }
      seen.add(id);
      const term = termsById.get(id);
      if (!term) {
        problems.add(id, element.line, 'unknown-unit', `No term has the id "${id}".`);
        continue;
      }
      const unit = readUnit(element, language, problems);
      if (!unit) continue;
      const review = reviewFromUnit(unit, term, language, options.current, today, problems);
      if (review === undefined) continue;
      if (review === null) {
        if (Object.hasOwn(terms, id)) withdrawn += 1;
        delete terms[id];
      } else {
        terms[id] = review;
        if (
          review.target.term !== term.translations[language]?.text ||
          review.target.explanation !== term.translations[language]?.explanation
        )
          corrected += 1;
      }
    }
  }
  if (problems.list.length > 0) return { ok: false, errors: problems.list };
  const sorted = Object.fromEntries(Object.entries(terms).sort(([a], [b]) => a.localeCompare(b)));
  const reviewed = Object.keys(sorted).filter((id) => {
    const term = termsById.get(id);
    return term !== undefined && reviewStands(term, sorted[id]);
  }).length;
  return {
    ok: true,
    reviews: { language, terms: sorted },
    summary: { language, units, reviewed, corrected, withdrawn },
  };
}
