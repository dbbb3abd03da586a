// One index of the committed data for all the tests in this package: building it takes a few
// hundred milliseconds, so each test file shares the same one.
import escoData from '../../data/occupations-esco.json' with { type: 'json' };
import mainData from '../../data/occupations.json' with { type: 'json' };
import type { EscoDataFile, OccupationDataFile } from '../data-file.ts';
import { buildOccupationIndex, type OccupationIndex } from '../occupation-index.ts';

let shared: OccupationIndex | undefined;

export function testIndex(): OccupationIndex {
  shared ??= buildOccupationIndex(
    mainData as unknown as OccupationDataFile,
    escoData as unknown as EscoDataFile,
  );
  return shared;
}
