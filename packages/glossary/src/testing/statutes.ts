// The statutes' text kept in the repository (packages/glossary/corpus/sfs, each file with its
// origin) and the check that a term's `basis` cites paragraphs that are there and say what the
// explanation rests on (decision 0020). Used by statutes.test.ts, which sets the rule, and by
// `npm run sources -w @mentorkit/glossary`, which lists what is left to check by hand.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STATUTE_DIRECTORY = fileURLToPath(new URL('../../corpus/sfs/', import.meta.url));

/** One statute's kept text: paragraphs by chapter ('' for a statute without chapters). */
export interface KeptStatute {
  /** The SFS number, "1977:1160". */
  sfs: string;
  /** The file, as `checkedAgainst` names it: "corpus/sfs/1977-1160.txt". */
  file: string;
  /** chapter → paragraph ("2 a") → text. */
  chapters: Map<string, Map<string, string>>;
}

/** One citation of a `basis`: a statute, and optionally a chapter and paragraphs in it. */
export interface Citation {
  sfs: string;
  chapter: string | null;
  /** Empty for a whole chapter, or the whole statute when `chapter` is null too. */
  paragraphs: string[];
}

// The texts are verbatim: SFS writes "3 a §" with a no-break space, which must match "3 a §".
const normalise = (text: string) => text.replace(/\u00a0/g, ' ');

const CHAPTER_HEADING = /^## (\d+(?: [a-z])?) kap\./;
// A paragraph heading ends "N §" or "N a §"; the conversion sometimes left text before it.
const PARAGRAPH_HEADING = /^#{3,4} (?:.*?\s)?(\d+(?: [a-z])?) §\s*$/;

export function parseStatute(file: string, content: string): KeptStatute {
  const lines = normalise(content).split('\n');
  const sfs = /\((\d{4}:\d+)\)/.exec(lines[0] ?? '')?.[1];
  if (!sfs) throw new Error(`${file}: the first line must name the statute with its SFS number`);
  const chapters = new Map<string, Map<string, string>>();
  let chapter = '';
  let paragraph: string | null = null;
  for (const line of lines) {
    if (line.startsWith('%')) continue;
    const chapterHeading = CHAPTER_HEADING.exec(line);
    if (chapterHeading) {
      chapter = chapterHeading[1] as string;
      paragraph = null;
      continue;
    }
    const paragraphHeading = PARAGRAPH_HEADING.exec(line);
    if (paragraphHeading) {
      paragraph = paragraphHeading[1] as string;
      if (!chapters.has(chapter)) chapters.set(chapter, new Map());
      chapters.get(chapter)?.set(paragraph, '');
      continue;
    }
    if (paragraph === null) continue;
    const paragraphs = chapters.get(chapter);
    paragraphs?.set(paragraph, `${paragraphs.get(paragraph) ?? ''}${line}\n`);
  }
  return { sfs, file, chapters };
}

export function readStatutes(): Map<string, KeptStatute> {
  const statutes = new Map<string, KeptStatute>();
  for (const name of readdirSync(STATUTE_DIRECTORY).filter((file) => file.endsWith('.txt'))) {
    const statute = parseStatute(
      `corpus/sfs/${name}`,
      readFileSync(`${STATUTE_DIRECTORY}${name}`, 'utf8'),
    );
    statutes.set(statute.sfs, statute);
  }
  return statutes;
}

/** "5 och 5 a", "6–8", "2 och 7" → the paragraphs; a range covers whole numbers only. */
function paragraphList(list: string): string[] {
  return list.split(/\s+och\s+|,\s*/).flatMap((item) => {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(item.trim());
    if (!range) return [item.trim()];
    const from = Number(range[1]);
    const to = Number(range[2]);
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  });
}

// "[3 kap. ][2 a § |6 och 7 §§ ]<name> (1977:1160)[ om …]"
const CITATION = /^(?:(\d+(?: [a-z])?) kap\.\s+)?(?:(.+?)\s+§§?\s+)?\D*\((\d{4}:\d+)\)/;

/** The citations of a `basis`, several separated by ";"; throws on one it cannot read. */
export function parseBasis(basis: string): Citation[] {
  return normalise(basis)
    .split(';')
    .map((part) => {
      const match = CITATION.exec(part.trim());
      if (!match) throw new Error(`cannot read the citation "${part.trim()}"`);
      return {
        sfs: match[3] as string,
        chapter: match[1] ?? null,
        paragraphs: match[2] ? paragraphList(match[2]) : [],
      };
    });
}

/** The cited text, or why it is not in the repository. */
export function citedText(
  statutes: ReadonlyMap<string, KeptStatute>,
  citation: Citation,
): { text: string; file: string } | { missing: string } {
  const statute = statutes.get(citation.sfs);
  if (!statute) return { missing: `SFS ${citation.sfs} is not kept in corpus/sfs` };
  const chapterKey = citation.chapter ?? '';
  if (citation.chapter === null && citation.paragraphs.length === 0) {
    const whole = [...statute.chapters.values()].flatMap((paragraphs) => [...paragraphs.values()]);
    return { text: whole.join('\n'), file: statute.file };
  }
  const paragraphs = statute.chapters.get(chapterKey);
  if (!paragraphs) {
    return { missing: `${citation.chapter} kap. of SFS ${citation.sfs} is not kept` };
  }
  if (citation.paragraphs.length === 0) {
    return { text: [...paragraphs.values()].join('\n'), file: statute.file };
  }
  const texts: string[] = [];
  for (const paragraph of citation.paragraphs) {
    const text = paragraphs.get(paragraph);
    if (text === undefined) {
      const where = citation.chapter ? `${citation.chapter} kap. ` : '';
      return { missing: `${where}${paragraph} § of SFS ${citation.sfs} is not kept` };
    }
    texts.push(text);
  }
  return { text: texts.join('\n'), file: statute.file };
}

/**
 * Problems with `basis` as a ground for the explanation: every citation must be kept, contain at
 * least one of `keyWords`, and every key word must be in some citation. Empty when it holds.
 */
export function checkBasis(
  statutes: ReadonlyMap<string, KeptStatute>,
  basis: string,
  keyWords: readonly string[],
): { problems: string[]; files: string[] } {
  const problems: string[] = [];
  const files = new Set<string>();
  if (keyWords.length === 0) problems.push('no key words to check the paragraphs by');
  const found = new Set<string>();
  for (const citation of parseBasis(basis)) {
    const cited = citedText(statutes, citation);
    if ('missing' in cited) {
      problems.push(cited.missing);
      continue;
    }
    files.add(cited.file);
    const text = cited.text.toLowerCase();
    const here = keyWords.filter((word) => text.includes(normalise(word).toLowerCase()));
    if (here.length === 0) {
      problems.push(`SFS ${citation.sfs} as cited has none of the key words`);
    }
    for (const word of here) found.add(word);
  }
  for (const word of keyWords) {
    if (!found.has(word)) problems.push(`"${word}" is in none of the cited paragraphs`);
  }
  return { problems, files: [...files].sort() };
}
