import { describe, expect, it } from 'vitest';
import { classifyFreeText, MIN_CONFIDENCE } from './classify.ts';
import { testIndex } from './testing/index.ts';

const index = testIndex();

describe('classifyFreeText', () => {
  it.each([
    ['Sjuksköterska', '2221'],
    ['Svetsare', '7212'],
    ['Lokalvårdare', '9111'],
    ['civilingenjör maskin', '2144'],
    ['Civilingenjör (maskin)', '2144'],
    ['Apotekare', '2281'],
    ['Sågverksarbetare', '8173'],
    ['Tandläkare från Irak', '2260'],
    ['Advokat', '2611'],
  ])('classifies %s as SSYK %s', (text, ssyk) => {
    const result = classifyFreeText(index, text);
    expect(result?.ssyk).toBe(ssyk);
    expect(result!.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('finds the physician in a long description, as one of the physicians (minor group 221)', () => {
    const result = classifyFreeText(
      index,
      'Läkare (specialist i allmänmedicin), legitimerad i Syrien',
    );
    expect(result?.ssyk.slice(0, 3)).toBe('221');
    expect(result!.confidence).toBeLessThan(1);
  });

  it('is surer of an exact title than of a long text that contains one', () => {
    const exact = classifyFreeText(index, 'Svetsare')!;
    const long = classifyFreeText(index, 'Svetsare, har jobbat på varv i Gdańsk i tio år')!;
    expect(long.ssyk).toBe('7212');
    expect(long.confidence).toBeLessThan(exact.confidence);
  });

  it('leaves a text unclassified rather than guess', () => {
    // Ambiguous (many kinds of lärare and elektriker), unknown, or only inside other words.
    for (const text of ['Lärare', 'Elektriker', 'blah blah', 'Gjuteritekniker', '', '   ']) {
      expect(classifyFreeText(index, text), text).toBeUndefined();
    }
  });

  it('stays quick on huge input', () => {
    const start = performance.now();
    classifyFreeText(index, 'läkare sjuksköterska svetsare '.repeat(5000));
    classifyFreeText(index, 'x'.repeat(100_000));
    expect(performance.now() - start).toBeLessThan(500);
  });
});
