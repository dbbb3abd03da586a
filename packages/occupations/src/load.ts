// Loads the data lazily: a page that never opens the picker never downloads it. Bundlers
// (Vite, esbuild, webpack) turn each import() of a JSON file into a chunk of its own; node reads
// it with the import attribute. The relative paths are the same from src/ and dist/.
import type { EscoDataFile, OccupationDataFile } from './data-file.ts';
import { buildOccupationIndex, type OccupationIndex } from './occupation-index.ts';

export interface LoadOptions {
  /**
   * Also load ESCO's English and Arabic occupation names (about 83 KB gzipped beside the
   * 111 KB of the Swedish titles): for a person writing in English or Arabic.
   */
  esco?: boolean;
}

export async function loadOccupationIndex({
  esco = false,
}: LoadOptions = {}): Promise<OccupationIndex> {
  const [main, escoFile] = await Promise.all([
    import('../data/occupations.json', { with: { type: 'json' } }),
    esco ? import('../data/occupations-esco.json', { with: { type: 'json' } }) : undefined,
  ]);
  // The files are ours, generated and checked by scripts/build-data.mjs; readTitles checks the format.
  return buildOccupationIndex(
    main.default as unknown as OccupationDataFile,
    escoFile?.default as unknown as EscoDataFile | undefined,
  );
}
