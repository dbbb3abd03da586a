import { describe, expect, it } from 'vitest';
import { GlossarySearch } from './search.ts';
import { readTerms } from './testing/data.ts';

const search = new GlossarySearch(readTerms());
const ids = (query: string, limit = 10) =>
  search.search(query, { limit }).map((hit) => hit.term.id);

describe('GlossarySearch', () => {
  it.each([
    ['kolektivavtal', 'kollektivavtal'],
    ['kollektivavtalet', 'kollektivavtal'],
    ['semestrersättning', 'semesterersattning'],
    ['karensavdraget', 'karensavdrag'],
    ['obtillägg', 'ob-tillagg'],
    ['ob tillägg', 'ob-tillagg'],
    ['skyddsombd', 'skyddsombud'],
    ['provanst', 'provanstallning'],
  ])('finds %s → %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('finds terms by their English explanation and by a translation', () => {
    expect(ids('collective agreement', 3)).toContain('kollektivavtal');
    expect(ids('профспілка', 3)).toContain('fackforbund');
    expect(ids('قرارداد جمعی', 3)).toContain('kollektivavtal');
  });

  it('returns at most `limit` hits, best first, and nothing for an empty query', () => {
    const hits = search.search('lön', { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]?.term.id).toBe('lon');
    expect(hits.map((hit) => hit.score)).toEqual(
      [...hits.map((hit) => hit.score)].sort((a, b) => b - a),
    );
    expect(search.search('   ')).toEqual([]);
  });

  it('does bounded work for a huge query', () => {
    const started = performance.now();
    search.search('kollektivavtal '.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
