// The maintainer's tool for the glossary's sources (docs/decisions/0020):
//   npm run sources -w @mentorkit/glossary -- statutes --date 2026-12-03
//     checks every term with key words (corpus/sfs/key-words.json) against the statutes' text kept
//     in corpus/sfs and sets `checked` and `checkedAgainst` on those that pass, nothing on the rest;
//   npm run sources -w @mentorkit/glossary -- unchecked [file.csv]
//     lists the terms not yet checked (most rest on an authority's page that must be read by a
//     person), as CSV with the page, the paragraph if any and the explanation, grouped by site;
//   npm run sources -w @mentorkit/glossary -- mark <id> --date 2026-12-20 --against "<what you read>"
//     records that a person compared the term's explanation with `source` (or another page).
// The date is always given: a check is a person's statement about a day, not the machine's clock.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { IsoDateSchema } from '@mentorkit/core';
import { dataFilePath, readDataFiles } from '../src/testing/data.ts';
import { STATUTE_DIRECTORY, checkBasis, readStatutes } from '../src/testing/statutes.ts';

type RawTerm = Record<string, unknown> & { id: string };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

function dateFlag(args: string[]): string {
  const date = flag(args, '--date');
  if (!date || !IsoDateSchema.safeParse(date).success)
    fail('Give the day of the check: --date YYYY-MM-DD.');
  return date;
}

async function writeDomains(files: Map<string, RawTerm[]>, changed: Set<string>) {
  for (const [domain, terms] of files) {
    if (!changed.has(domain)) continue;
    const path = dataFilePath(domain as Parameters<typeof dataFilePath>[0]);
    const config = (await resolveConfig(path)) ?? {};
    writeFileSync(
      path,
      await format(JSON.stringify(terms, null, 2), { ...config, filepath: path }),
    );
  }
}

function readKeyWords(): Record<string, string[]> {
  const raw = JSON.parse(readFileSync(`${STATUTE_DIRECTORY}key-words.json`, 'utf8')) as Record<
    string,
    unknown
  >;
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])),
  );
}

const files = readDataFiles() as Map<string, RawTerm[]>;
const [command, ...args] = process.argv.slice(2);

if (command === 'statutes') {
  const date = dateFlag(args);
  const statutes = readStatutes();
  const keyWords = readKeyWords();
  const changed = new Set<string>();
  let passed = 0;
  for (const [domain, terms] of files) {
    for (const term of terms) {
      const words = keyWords[term.id];
      if (!words) continue;
      if (typeof term.basis !== 'string') fail(`${term.id} has key words but no basis.`);
      const { problems, files: against } = checkBasis(statutes, term.basis, words);
      if (problems.length > 0) {
        console.error(`${term.id}: not checked: ${problems.join('; ')}`);
        continue;
      }
      term.checked = date;
      term.checkedAgainst = against.join('; ');
      changed.add(domain);
      passed += 1;
    }
  }
  await writeDomains(files, changed);
  console.log(`${passed} terms checked against the statutes' text in corpus/sfs.`);
} else if (command === 'unchecked') {
  const asText = (value: unknown) => (typeof value === 'string' ? value : '');
  const quote = (value: unknown) => `"${asText(value).replaceAll('"', '""')}"`;
  const rows = [...files.values()]
    .flat()
    .filter((term) => !term.checked)
    .map((term) => ({
      term,
      site: asText(term.source).replace(/^https:\/\/([^/]+).*$/, '$1'),
    }))
    .sort((a, b) => a.site.localeCompare(b.site) || a.term.id.localeCompare(b.term.id));
  const csv = [
    'site,id,lemma,source,basis,explanation',
    ...rows.map(({ term, site }) =>
      [site, term.id, term.lemma, term.source, term.basis, (term.explanation as { sv: string }).sv]
        .map(quote)
        .join(','),
    ),
  ].join('\n');
  if (args[0]) {
    writeFileSync(args[0], `${csv}\n`);
    console.log(`Wrote ${args[0]}: ${rows.length} terms not yet checked.`);
  } else console.log(csv);
} else if (command === 'mark' && args[0]) {
  const date = dateFlag(args);
  const against = flag(args, '--against');
  if (!against) fail('Say what you compared the explanation with: --against "<page or text>".');
  const entry = [...files].find(([, terms]) => terms.some((term) => term.id === args[0]));
  const term = entry?.[1].find((candidate) => candidate.id === args[0]);
  if (!entry || !term) fail(`No term with the id ${args[0]}.`);
  term.checked = date;
  term.checkedAgainst = against;
  await writeDomains(files, new Set([entry[0]]));
  console.log(`${term.id}: checked ${date} against ${against}.`);
} else {
  fail(
    'Usage: sources statutes --date YYYY-MM-DD | sources unchecked [file.csv] | sources mark <id> --date YYYY-MM-DD --against "<what>"',
  );
}
