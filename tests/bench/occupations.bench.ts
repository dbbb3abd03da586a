// The occupation lookup where a person waits (`npm run bench -- occupations`): building the
// index once (the picker's first use, after the data's download), then a search per keystroke,
// and classifying a stored free-text profession (the backend's migration, per signup).
import {
  buildOccupationIndex,
  classifyFreeText,
  searchOccupations,
  type EscoDataFile,
  type OccupationDataFile,
} from '@mentorkit/occupations';
import escoData from '@mentorkit/occupations/data/occupations-esco.json' with { type: 'json' };
import mainData from '@mentorkit/occupations/data/occupations.json' with { type: 'json' };
import { cycle, defineBenchmarks } from './benchmark.ts';

const main = mainData as unknown as OccupationDataFile;
const esco = escoData as unknown as EscoDataFile;
const index = buildOccupationIndex(main, esco);

/** What a person types, keystroke by keystroke, with a typo and an inverted SCB title. */
const KEYSTROKES = [
  's',
  'sv',
  'sve',
  'svet',
  'svets',
  'svetsa',
  'svetsare t',
  'svetsare ti',
  'svetsare tig',
];
const TYPED = ['Lakare', 'sjuksköterka', 'civilingenjör maskin', 'undersköt', 'welder', 'طبيب عام'];
const STORED = [
  'Läkare (specialist i allmänmedicin), legitimerad i Syrien',
  'Sjuksköterska',
  'Svetsare',
  'Lokalvårdare',
  'civilingenjör maskin',
];
let at = 0;

export default defineBenchmarks([
  {
    name: 'occupations: build the index, Swedish titles (first use of the picker)',
    run: () => buildOccupationIndex(main),
    runs: 10,
  },
  {
    name: 'occupations: build the index with ESCO English and Arabic',
    run: () => buildOccupationIndex(main, esco),
    runs: 10,
  },
  {
    name: 'occupations: search per keystroke, "s" … "svetsare tig"',
    run: () => searchOccupations(index, cycle(KEYSTROKES, at++)),
    runs: 900,
  },
  {
    name: 'occupations: search a typed word (typo, no diacritics, English, Arabic)',
    run: () => searchOccupations(index, cycle(TYPED, at++)),
    runs: 600,
  },
  {
    name: 'occupations: search a 100,000-character paste',
    run: () => searchOccupations(index, 'läkare '.repeat(14_286)),
    runs: 50,
  },
  {
    name: 'occupations: classify a stored free-text profession',
    run: () => classifyFreeText(index, cycle(STORED, at++)),
    runs: 500,
  },
]);
