// Issue 21: what the scanner missed or got wrong on real Swedish working-life pages (a union
// magazine, Försäkringskassan, a sawmill, a foundry, a municipality's job ad, a page on
// internships for newly arrived people). Each case is a sentence as such a page writes it, the
// words in it a mentor would explain, and the card those words must (or must not) bring up.
import { describe, expect, it } from 'vitest';
import { TermIndex } from './term-index.ts';
import { readTerms } from './testing/data.ts';

const glossary = new TermIndex(readTerms());

/** The id of the term found over `words` in `sentence`, or null when none covers them. */
function cardFor(sentence: string, words: string): string | null {
  const at = sentence.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in "${sentence}"`);
  const match = glossary
    .findTermsInText(sentence)
    .find(({ start, end }) => start <= at && end >= at + words.length);
  return match?.term.id ?? null;
}

describe('terms of real pages that the glossary did not know', () => {
  it.each([
    ['Som praktikant får du en handledare på arbetsplatsen.', 'praktikant', 'praktikant'],
    ['Kommunen tar emot nyanlända som vill arbeta inom vården.', 'nyanlända', 'nyanland'],
    ['Du får handledning under de första veckorna.', 'handledning', 'handledning'],
    [
      'Rehabiliteringen ska hjälpa dig tillbaka till arbetet.',
      'Rehabiliteringen',
      'rehabilitering',
    ],
    [
      'Arbetsgivaren har rehabiliteringsansvaret.',
      'rehabiliteringsansvaret',
      'rehabiliteringsansvar',
    ],
    ['Anmäl olycksfallet till Försäkringskassan.', 'olycksfallet', 'arbetsolycka'],
    ['Från dag 15 kan du få sjukpenning från Försäkringskassan.', 'sjukpenning', 'sjukpenning'],
    ['Under prövotiden kan båda parter avsluta anställningen.', 'prövotiden', 'provanstallning'],
    ['Anställningsskyddet gäller alla arbetstagare.', 'Anställningsskyddet', 'anstallningsskydd'],
    ['En uppsägning måste ha saklig grund.', 'saklig grund', 'sakliga-skal'],
    ['Stress kan leda till psykisk ohälsa.', 'ohälsa', 'ohalsa'],
    ['Vi söker en operatör till sågen.', 'operatör', 'operator'],
    ['Stockarna mäts innan de sågas.', 'Stockarna', 'stock'],
    ['Jag måste vabba i morgon.', 'vabba', 'vabba'],
    ['Läkaren bedömer din arbetsförmåga.', 'arbetsförmåga', 'arbetsformaga'],
    ['Arbetsanpassning kan vara andra arbetstider.', 'Arbetsanpassning', 'arbetsanpassning'],
    ['Undersköterskan arbetar med omvårdnad.', 'omvårdnad', 'omvardnad'],
    ['Använd hjälpmedlen när du lyfter.', 'hjälpmedlen', 'hjalpmedel'],
    ['De första dagarna går du bredvid: bredvidgång med en kollega.', 'bredvidgång', 'bredvidgang'],
    [
      'Du behöver visa ett utdrag ur belastningsregistret.',
      'belastningsregistret',
      'belastningsregister',
    ],
    [
      'Etableringsersättningen betalas av Försäkringskassan.',
      'Etableringsersättningen',
      'etableringsersattning',
    ],
    ['Under programmet kan du få aktivitetsstöd.', 'aktivitetsstöd', 'aktivitetsstod'],
  ])('%s → %s is %s', (sentence, words, id) => {
    expect(cardFor(sentence, words)).toBe(id);
  });
});

describe('compounds whose first part is a known term', () => {
  it.each([
    ['Efter sjuklöneperioden betalar Försäkringskassan.', 'sjuklöneperioden', 'sjuklon'],
    ['Sjuklönelagen säger vad arbetsgivaren ska betala.', 'Sjuklönelagen', 'sjuklonelagen'],
    ['Karensperioden är kortare nu.', 'Karensperioden', 'karensavdrag'],
    ['Hon har gått en lokalvårdsutbildning.', 'lokalvårdsutbildning', 'lokalvard'],
  ])('%s → %s is %s', (sentence, words, id) => {
    expect(cardFor(sentence, words)).toBe(id);
  });
});

// arbetsmiljö|lagstiftningen or arbetsmiljölag|stiftningen: either card helps the reader.
it('finds arbetsmiljölagstiftningen by its known first part', () => {
  expect(['arbetsmiljo', 'arbetsmiljolagen']).toContain(
    cardFor('Arbetsmiljölagstiftningen gäller alla.', 'Arbetsmiljölagstiftningen'),
  );
});

describe('forms of known terms', () => {
  it.each([
    ['Sågverket sågar plank och bräder.', 'plank', 'planka'],
    ['Förbundet förhandlar om lönerna.', 'Förbundet', 'fackforbund'],
    ['Du kan praktisera på ett sågverk.', 'praktisera', 'praktik'],
  ])('%s → %s is %s', (sentence, words, id) => {
    expect(cardFor(sentence, words)).toBe(id);
  });
});

describe('words that look like a term but are another word', () => {
  it.each([
    ['Alla ska rapportera risker till sin chef.', 'rapportera', 'overlamning'],
    ['Alla ska rapportera risker till sin chef.', 'rapportera', 'overrapportering'],
    ['Vi har medarbetare med skiftande bakgrund.', 'skiftande', 'skift'],
    ['Han arbetar som smältare på gjuteriet.', 'smältare', 'smalta'],
    ['Hon är modellsnickare och gör gjutmodeller.', 'modellsnickare', 'snickeri'],
    ['Det skriver tidningen Kollega i sitt senaste nummer.', 'Kollega', 'kollega'],
    ['Svenska Fotbollförbundet har ett nytt kansli.', 'Fotbollförbundet', 'fackforbund'],
  ])('%s: %s is not %s', (sentence, words, wrong) => {
    expect(cardFor(sentence, words)).not.toBe(wrong);
  });

  it('still explains the real term where it stands', () => {
    expect(cardFor('Han tar rapport från nattpersonalen vid skiftbytet.', 'skiftbytet')).toBe(
      'skift',
    );
    expect(cardFor('Smältan hälls i formen.', 'Smältan')).toBe('smalta');
    expect(cardFor('Fråga en kollega om du är osäker.', 'kollega')).toBe('kollega');
    expect(cardFor('Kollegorna hjälper dig.', 'Kollegorna')).toBe('kollega');
    expect(cardFor('Han arbetar som smältare på gjuteriet.', 'smältare')).toBe('smaltare');
    expect(cardFor('Hon är modellsnickare och gör gjutmodeller.', 'modellsnickare')).toBe(
      'modellsnickare',
    );
  });
});
