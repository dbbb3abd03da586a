// Issue 21: recall and precision of the extension's scanner on real Swedish working-life text
// (packages/glossary/corpus, with origin and licence in its README), every term a mentor would
// explain marked by hand. Goals: in-scope recall ≥ 90 %, precision ≥ 98 %.
import { describe, expect, it } from 'vitest';
import { createGlossary } from './glossary.ts';
import { parseAnnotated, readCorpus, scoreCorpus } from './testing/corpus.ts';

const corpus = readCorpus();
// The scanner the extension uses: the bundled glossary behind createGlossary's one index.
const { index } = createGlossary();

describe('the annotated corpus', () => {
  it('reads marks as ranges of the unmarked text', () => {
    const file = parseAnnotated('x', 'Min [[sjuklön|sjuklon]] och [[självrisk|-]].');
    expect(file.text).toBe('Min sjuklön och självrisk.');
    expect(file.gold).toEqual([
      { start: 4, end: 11, ids: ['sjuklon'] },
      { start: 16, end: 25, ids: [] },
    ]);
  });

  it('holds real text: statutes, government reports and openly licensed articles', () => {
    expect(corpus.map((file) => file.name)).toEqual([
      'government-reports.txt',
      'statutes.txt',
      'wikipedia-kollektivavtal.txt',
      'wikipedia.txt',
    ]);
    const score = scoreCorpus(index, corpus);
    expect(score.words).toBeGreaterThan(1500);
    expect(score.inScope).toBeGreaterThan(150);
  });

  it('finds at least 90 % of the marked terms the glossary has, with the right card', () => {
    const score = scoreCorpus(index, corpus);
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('marks the right term at least 98 % of the time', () => {
    const score = scoreCorpus(index, corpus);
    expect(score.precision, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});

// Three real Platsbanken ads (JobTech open data, CC0), marked by hand from scratch before the
// scanner was run on them (corpus/README.md). Measured on their own; the floors hold today's
// figures so that they cannot slip: 38 of 39 found (bemannings-, a first part written alone, is
// the one miss) and no wrong card since the round in corpus/README.md.
describe('the job ads, marked by hand alone', () => {
  const ads = readCorpus('job-ads');

  it('are real ads with their terms marked', () => {
    const score = scoreCorpus(index, ads);
    expect(score.words).toBeGreaterThan(1400);
    expect(score.inScope).toBeGreaterThanOrEqual(39);
    expect(score.outOfScope).toBeGreaterThanOrEqual(36);
  });

  it('keep in-scope recall at 97 % and precision at 100 %', () => {
    const score = scoreCorpus(index, ads);
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(score.precision, score.wrong.join('\n')).toBe(1);
  });
});
