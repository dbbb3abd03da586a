#!/usr/bin/env node
// `npm start`: builds the widgets and the extension, then serves the demo on 127.0.0.1.
//   PORT=4180 npm start     another port (default 4173)
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './run-ts.mjs';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

console.log('Building the widgets and the extension…');
execFileSync(npm, ['run', 'build'], { cwd: repoDir, stdio: 'inherit' });

await importTypeScript(join(repoDir, 'demo/server/main.ts'));
console.log(`Extension (Chromium): load the folder ${join(repoDir, 'extension/dist/chromium')}`);
console.log('  at chrome://extensions → Developer mode → Load unpacked.');
console.log(
  `Extension (Firefox): ${join(repoDir, 'extension/dist/firefox')} → about:debugging → Load Temporary Add-on.`,
);
console.log('Press Ctrl+C to stop.');
