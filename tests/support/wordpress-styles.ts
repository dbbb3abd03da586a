// WordPress's block library styles, as a WordPress site loads them on every page, for the test
// that the widgets stay usable on a page a CMS styles. From npm, pinned: only the package's own
// tarball (`npm pack`, from npm's cache when it is there), not its fifty dependencies, which a
// stylesheet does not need. Unpacked once into node_modules/.cache (the files are
// GPL-2.0-or-later; they are read, never copied into this repository).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from '../e2e/backend/backend-helpers.ts';

export const WORDPRESS_BLOCK_LIBRARY = '@wordpress/block-library@11.1.0';

/** The three stylesheets a classic theme gets: common, the blocks' styles, the theme styles. */
const STYLESHEETS = ['common.css', 'style.css', 'theme.css'];

const cacheDir = join(REPO_DIR, 'node_modules/.cache/mentorkit/wordpress-block-library-11.1.0');

/** The stylesheets' text, in the order WordPress prints them. */
export function wordpressBlockLibraryCss(): string {
  const styleDir = join(cacheDir, 'package/build-style');
  if (!STYLESHEETS.every((name) => existsSync(join(styleDir, name)))) {
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    try {
      execFileSync(
        'npm',
        [
          'pack',
          WORDPRESS_BLOCK_LIBRARY,
          '--prefer-offline',
          '--silent',
          '--pack-destination',
          cacheDir,
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
    } catch (error) {
      throw new Error(
        `Could not fetch ${WORDPRESS_BLOCK_LIBRARY} from the npm registry (npm pack)`,
        {
          cause: error,
        },
      );
    }
    const tarball = readdirSync(cacheDir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${WORDPRESS_BLOCK_LIBRARY} wrote no tarball`);
    execFileSync('tar', [
      '-xzf',
      join(cacheDir, tarball),
      '-C',
      cacheDir,
      ...STYLESHEETS.map((name) => `package/build-style/${name}`),
    ]);
    rmSync(join(cacheDir, tarball));
  }
  return STYLESHEETS.map((name) => readFileSync(join(styleDir, name), 'utf8')).join('\n');
}
