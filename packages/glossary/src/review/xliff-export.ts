// Writes the glossary's translations into one language as an XLIFF 2.0 document for a
// translator's tool (format: xliff-format.ts). The target is what the card shows: a standing
// review's text, marked reviewed, or the machine-assisted text as it ships.
import type { GlossaryTerm, GlossaryTranslationLocale } from '@mentorkit/core';
import { reviewOf, reviewStands } from './reviews.ts';
import type { ReviewFile } from './reviews.ts';
import {
  GLOSSARY_FILE_ID,
  MACHINE_ASSISTED,
  XLIFF_NAMESPACE,
  XLIFF_SOURCE_LANGUAGE,
  escapeXml,
} from './xliff-format.ts';

interface SegmentOut {
  id: 'term' | 'explanation';
  source: string;
  target: string | undefined;
  reviewed: boolean;
}

function segment({ id, source, target, reviewed }: SegmentOut): string {
  const state =
    target === undefined
      ? 'state="initial"'
      : reviewed
        ? 'state="reviewed"'
        : `state="translated" subState="${MACHINE_ASSISTED}"`;
  const targetXml = target === undefined ? '' : `\n        <target>${escapeXml(target)}</target>`;
  return `      <segment id="${id}" ${state}>
        <source>${escapeXml(source)}</source>${targetXml}
      </segment>`;
}

function note(category: string, text: string): string {
  return `        <note category="${category}">${escapeXml(text)}</note>`;
}

function unit(term: GlossaryTerm, language: GlossaryTranslationLocale, file?: ReviewFile): string {
  const review = reviewOf(file, term.id);
  const reviewed = reviewStands(term, review);
  const text = reviewed ? review?.target.term : term.translations[language]?.text;
  const explanation = reviewed
    ? review?.target.explanation
    : term.translations[language]?.explanation;
  const notes = [
    note('domain', term.domain),
    note('part-of-speech', term.partOfSpeech),
    note('explanation-sv', term.explanation.sv),
    note('explanation-en', term.explanation.en),
    ...(term.example ? [note('example', term.example)] : []),
  ];
  const segments = [segment({ id: 'term', source: term.lemma, target: text, reviewed })];
  if (explanation !== undefined) {
    segments.push(
      segment({ id: 'explanation', source: term.explanation.sv, target: explanation, reviewed }),
    );
  }
  return `    <unit id="${escapeXml(term.id)}" name="${escapeXml(term.lemma)}">
      <notes>
${notes.join('\n')}
      </notes>
${segments.join('\n')}
    </unit>`;
}

/**
 * The XLIFF 2.0 document of `terms` into `language`, with `reviews` (that language's review
 * file) applied. The same input always gives the same bytes, so an export can be compared.
 */
export function glossaryToXliff(
  terms: readonly GlossaryTerm[],
  language: GlossaryTranslationLocale,
  reviews?: ReviewFile,
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${XLIFF_SOURCE_LANGUAGE}" trgLang="${language}">
  <file id="${GLOSSARY_FILE_ID}">
${terms.map((term) => unit(term, language, reviews)).join('\n')}
  </file>
</xliff>
`;
}
