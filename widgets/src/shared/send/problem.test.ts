import { describe, expect, it } from 'vitest';
import { parseProblem, readProblem } from './problem.ts';

describe('parseProblem', () => {
  it('keeps well-formed errors, bounded, and drops the rest', () => {
    const problem = parseProblem({
      title: 'Bad',
      errors: [
        { field: 'person.email', detail: '  Taken  ' },
        { field: 7, detail: 'No field' },
        { field: 'x', detail: '' },
        null,
        { field: 'y', detail: 'z'.repeat(2000) },
      ],
    });
    expect(problem?.title).toBe('Bad');
    expect(problem?.errors.map((e) => e.field)).toEqual(['person.email', '', 'y']);
    expect(problem?.errors[0]?.detail).toBe('Taken');
    expect(problem?.errors[2]?.detail).toHaveLength(500);
  });

  it('answers undefined for what is not an object', () => {
    expect(parseProblem('oops')).toBeUndefined();
    expect(parseProblem([])).toBeUndefined();
    expect(parseProblem({})).toEqual({ errors: [], members: {} });
  });

  it('reads only JSON answers', async () => {
    const html = new Response('<h1>error</h1>', { headers: { 'Content-Type': 'text/html' } });
    expect(await readProblem(html)).toBeUndefined();
    const broken = new Response('{', { headers: { 'Content-Type': 'application/problem+json' } });
    expect(await readProblem(broken)).toBeUndefined();
  });
});
