// Issue 21: a term is "checked" only when its explanation was compared with something kept. For
// terms resting on a law that is the statute's text in corpus/sfs (origin in each file's header):
// every paragraph `basis` cites must be there and contain the key words the explanation rests on
// (corpus/sfs/key-words.json), so a wrong or missing paragraph fails here (decision 0020).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTerms } from './testing/data.ts';
import {
  STATUTE_DIRECTORY,
  checkBasis,
  parseBasis,
  parseStatute,
  readStatutes,
} from './testing/statutes.ts';

const statutes = readStatutes();
const terms = readTerms();
const keyWords = JSON.parse(readFileSync(`${STATUTE_DIRECTORY}key-words.json`, 'utf8')) as Record<
  string,
  string[]
>;

describe("the statutes' text kept in corpus/sfs", () => {
  it('holds the laws the glossary cites that a public copy of SFS has in full', () => {
    expect([...statutes.keys()].sort()).toEqual([
      '1977:1160',
      '1977:480',
      '1993:387',
      '1998:620',
      '2008:567',
      '2010:110',
      '2017:819',
    ]);
    // SFS writes "3 a §" with a no-break space; the parser reads it as any other paragraph.
    expect(statutes.get('1977:1160')?.chapters.get('3')?.get('3 a')).toMatch(/svårare personskada/);
  });

  it('reads citations as the glossary writes them', () => {
    expect(parseBasis('6 kap. 2 och 7 §§ arbetsmiljölagen (1977:1160)')).toEqual([
      { sfs: '1977:1160', chapter: '6', paragraphs: ['2', '7'] },
    ]);
    expect(parseBasis('6–8 §§ lagen (1991:1047) om sjuklön')).toEqual([
      { sfs: '1991:1047', chapter: null, paragraphs: ['6', '7', '8'] },
    ]);
    expect(parseBasis('5 och 5 a §§ lagen (1982:80) om anställningsskydd')[0]?.paragraphs).toEqual([
      '5',
      '5 a',
    ]);
    expect(
      parseBasis(
        '3 kap. 2 a § arbetsmiljölagen (1977:1160); 27 kap. socialförsäkringsbalken (2010:110)',
      ),
    ).toEqual([
      { sfs: '1977:1160', chapter: '3', paragraphs: ['2 a'] },
      { sfs: '2010:110', chapter: '27', paragraphs: [] },
    ]);
    expect(parseBasis('diskrimineringslagen (2008:567)')).toEqual([
      { sfs: '2008:567', chapter: null, paragraphs: [] },
    ]);
  });

  it('fails a wrong paragraph, a paragraph not kept and a law not kept', () => {
    const stop = keyWords.skyddsombudsstopp ?? [];
    expect(checkBasis(statutes, '6 kap. 7 § arbetsmiljölagen (1977:1160)', stop).problems).toEqual(
      [],
    );
    // The safety representative's stop is 6 kap. 7 §; 6 kap. 2 § is how they are chosen.
    expect(
      checkBasis(statutes, '6 kap. 2 § arbetsmiljölagen (1977:1160)', stop).problems,
    ).toContain('SFS 1977:1160 as cited has none of the key words');
    expect(checkBasis(statutes, '3 kap. 99 § arbetsmiljölagen (1977:1160)', stop).problems).toEqual(
      expect.arrayContaining(['3 kap. 99 § of SFS 1977:1160 is not kept']),
    );
    expect(
      checkBasis(statutes, '6 § lagen (1982:80) om anställningsskydd', ['prövotid']).problems,
    ).toEqual([
      'SFS 1982:80 is not kept in corpus/sfs',
      '"prövotid" is in none of the cited paragraphs',
    ]);
    // Each citation must carry the claim: a right first one does not cover a wrong second one.
    const rehab = keyWords.rehabiliteringsansvar ?? [];
    expect(
      checkBasis(
        statutes,
        '3 kap. 2 a § arbetsmiljölagen (1977:1160); 12 kap. 1 § socialförsäkringsbalken (2010:110)',
        rehab,
      ).problems.length,
    ).toBeGreaterThan(0);
  });

  it('refuses a file without its SFS number on the first line', () => {
    expect(() => parseStatute('x.txt', '# Arbetsmiljölag\n\n#### 1 §\n\nText.')).toThrow(
      /SFS number/,
    );
  });
});

describe('the terms marked checked', () => {
  const checked = terms.filter((term) => term.checked);

  it('rest on paragraphs that are kept and say what the explanation says', () => {
    const against = checked.filter((term) => term.checkedAgainst?.startsWith('corpus/sfs/'));
    expect(against.length).toBeGreaterThanOrEqual(20);
    const problems = against.flatMap((term) => {
      const result = checkBasis(statutes, term.basis ?? '', keyWords[term.id] ?? []);
      const named = result.files.join('; ') === term.checkedAgainst;
      return [
        ...result.problems.map((problem) => `${term.id}: ${problem}`),
        ...(named ? [] : [`${term.id}: checkedAgainst should be ${result.files.join('; ')}`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('say what they were checked against; every other term is "not yet checked"', () => {
    expect(checked.filter((term) => !term.checkedAgainst).map((term) => term.id)).toEqual([]);
    // No authority page could be opened when the glossary was written: none claims a check.
    expect(
      checked
        .filter((term) => !term.checkedAgainst?.startsWith('corpus/sfs/'))
        .map((term) => term.id),
    ).toEqual([]);
    expect(terms.filter((term) => term.checkedAgainst && !term.checked)).toEqual([]);
  });

  it('include every term whose key words are listed', () => {
    const listed = Object.keys(keyWords).filter((id) => id !== '$comment');
    expect(listed.filter((id) => !checked.some((term) => term.id === id))).toEqual([]);
  });
});
