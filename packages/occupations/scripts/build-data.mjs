#!/usr/bin/env node
// Generates the compact files that @mentorkit/occupations searches, from
// the extracted source files in ../shared/data/occupations (see that folder's SOURCES.md and
// this package's NOTICE.md): data/occupations.json (the hierarchy and the Swedish titles, which
// every search needs) and data/occupations-esco.json (ESCO's English and Arabic occupation
// names, which a picker loads only for a person writing in English or Arabic). The output is committed: the source folder lives outside the
// repository and is not on CI machines, and the output is deterministic (same input, same
// bytes), so a reviewer sees every data change as a diff.
//
//   node scripts/build-data.mjs [--source DIR] [--check]
//
// --check regenerates in memory and fails if the committed file differs (run it after the
// source data changes). Only data is copied, never code; nothing is translated or invented.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sourceIndex = args.indexOf('--source');
const sourceDir =
  sourceIndex >= 0
    ? args[sourceIndex + 1]
    : (process.env.MENTORKIT_OCCUPATIONS_SOURCE ??
      join(packageDir, '../../../shared/data/occupations'));

if (!sourceDir || !existsSync(join(sourceDir, 'ssyk2012.json'))) {
  console.error(
    `No occupation source data in ${sourceDir}. Pass --source DIR (the folder with ssyk2012.json and SOURCES.md).`,
  );
  process.exit(1);
}

const read = (name) => JSON.parse(readFileSync(join(sourceDir, name), 'utf8'));
const units = read('ssyk2012.json');
const upperLevels = read('ssyk2012-groups.json');
const jobtechNames = read('occupation-names.json');
const legacyNames = read('occupation-names-legacy.json');
const scbTitles = read('scb-occupation-titles.json');
const escoEnglish = read('esco-occupations.en.json');
const escoArabic = read('esco-occupations.ar.json');

/** Code-unit order, never the machine's locale, so two machines write the same bytes. */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** How two names are compared for de-duplication: case, spacing and diacritics aside. */
const sameText = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// --- The hierarchy: levels 1–3 by code; level 4 (unit groups) with their ISCO-08 codes (SCB's
// key; JobTech's for the merged manager groups that SCB does not have). JobTech's wording is the
// newer one where the two differ (SOURCES.md, field notes).
const levels = {};
for (const group of [...upperLevels].sort((a, b) => byCodeUnits(a.code, b.code))) {
  levels[group.code] = [group.jobtechSv ?? group.sv, group.en ?? ''];
}
/** Per unit group: [sv, en, isco, JobTech titles, SCB titles, legacy names]. */
const unitRows = new Map();
for (const unit of [...units].sort((a, b) => byCodeUnits(a.code, b.code))) {
  unitRows.set(unit.code, [
    unit.jobtech?.sv ?? unit.sv,
    unit.en ?? '',
    unit.isco08.join(' '),
    [],
    [],
    [],
  ]);
}
const rowOf = (code, what) => {
  const row = unitRows.get(code);
  if (!row) throw new Error(`${what}: unknown SSYK ${code}`);
  return row;
};

// --- Swedish titles. JobTech occupation-names are the titles people pick (their concept id is
// what a signup stores); an SCB title with the same text in the same group adds nothing, and a
// legacy name is only a synonym (its id is deprecated). SCB titles get their id at load time
// from their code and text (src/data-file.ts), which keeps random-looking bytes out of the file.
const seen = new Set();
for (const name of [...jobtechNames].sort(
  (a, b) => byCodeUnits(a.sv, b.sv) || byCodeUnits(a.id, b.id),
)) {
  const keywords = (name.keywords ?? []).filter(
    (keyword) => sameText(keyword) !== sameText(name.sv),
  );
  rowOf(name.ssyk, name.id)[3].push(
    keywords.length ? [name.id, name.sv, keywords.join('|')] : [name.id, name.sv],
  );
  seen.add(`${name.ssyk} ${sameText(name.sv)}`);
}
let scbCount = 0;
for (const title of [...scbTitles].sort(
  (a, b) => byCodeUnits(a.sv, b.sv) || byCodeUnits(a.ssyk, b.ssyk),
)) {
  const row = rowOf(title.ssyk, title.sv);
  const key = `${title.ssyk} ${sameText(title.sv)}`;
  if (seen.has(key)) continue;
  seen.add(key);
  scbCount++;
  const isco = title.isco08.join(' ');
  row[4].push(isco === row[2] ? title.sv : [title.sv, isco]);
}
let legacyCount = 0;
for (const name of [...legacyNames].sort(
  (a, b) => byCodeUnits(a.sv, b.sv) || byCodeUnits(a.ssyk, b.ssyk),
)) {
  const key = `${name.ssyk} ${sameText(name.sv)}`;
  if (!unitRows.has(name.ssyk) || seen.has(key)) continue;
  seen.add(key);
  legacyCount++;
  unitRows.get(name.ssyk)[5].push(name.sv);
}

// --- English and Arabic: ESCO occupations, keyed to ISCO-08; each is placed in the SSYK unit
// group that SCB's key gives for its ISCO code. Where the key gives several, the group with the
// same code wins, then one whose only ISCO code it is, then the lowest code (a deterministic
// rule; the ISCO code is kept, so a caller can still compare by ISCO). ESCO's alternative labels
// are left out: they are noisy for search ("plumber" is one of "pipe welder"'s) and would more
// than double the file.
const unitsByIsco = new Map();
for (const unit of units) {
  if (!unit.inScb) continue;
  for (const isco of unit.isco08) unitsByIsco.set(isco, [...(unitsByIsco.get(isco) ?? []), unit]);
}
function unitForIsco(isco) {
  const candidates = (unitsByIsco.get(isco) ?? []).sort((a, b) => byCodeUnits(a.code, b.code));
  return (
    candidates.find((unit) => unit.code === isco) ??
    candidates.find((unit) => unit.isco08.length === 1) ??
    candidates[0]
  );
}
const escoById = new Map();
const uuidOf = (uri) => uri.slice(uri.lastIndexOf('/') + 1);
let unplaced = 0;
function escoEntry(uuid, isco, english) {
  let entry = escoById.get(uuid);
  if (entry) return entry;
  const unit = unitForIsco(isco);
  if (!unit) {
    unplaced++;
    return undefined;
  }
  entry = { isco, ssyk: unit.code, en: english, ar: [] };
  escoById.set(uuid, entry);
  return entry;
}
for (const [isco, occupations] of Object.entries(escoEnglish)) {
  for (const occupation of occupations) escoEntry(uuidOf(occupation.uri), isco, occupation.label);
}
for (const [isco, occupations] of Object.entries(escoArabic)) {
  for (const occupation of occupations) {
    // An occupation only in the older Arabic release is placed by that release's ISCO code.
    const entry = escoEntry(uuidOf(occupation.uri), isco, occupation.en ?? '');
    if (!entry) continue;
    // «masculine / feminine» in ESCO: both forms are names a person may type.
    for (const form of occupation.label.split(/\s*\/\s*/).map((part) => part.trim())) {
      if (form && !entry.ar.includes(form)) entry.ar.push(form);
    }
  }
}
const escoIds = new Set();
const escoRows = new Map();
for (const uuid of [...escoById.keys()].sort(byCodeUnits)) {
  const entry = escoById.get(uuid);
  // The first 8 hex digits of ESCO's UUID: unique here (checked), and a stable id to store.
  const id = uuid.slice(0, 8);
  if (escoIds.has(id)) throw new Error(`ESCO id collision: ${id}`);
  escoIds.add(id);
  const isco = entry.isco === entry.ssyk ? '' : entry.isco;
  if (!escoRows.has(entry.ssyk)) escoRows.set(entry.ssyk, []);
  escoRows.get(entry.ssyk).push([id, isco, entry.en, entry.ar.join('|')]);
}
const sortedByCode = (rows) => Object.fromEntries([...rows].sort(([a], [b]) => byCodeUnits(a, b)));

const files = {
  'occupations.json': { format: 1, levels, units: sortedByCode(unitRows) },
  'occupations-esco.json': { format: 1, units: sortedByCode(escoRows) },
};
const counts = `${jobtechNames.length} JobTech titles, ${scbCount} SCB titles, ${legacyCount} legacy names, ${escoById.size} ESCO occupations (${unplaced} without an SSYK group left out), ${unitRows.size} unit groups`;
let stale = false;
for (const [name, data] of Object.entries(files)) {
  const file = join(packageDir, 'data', name);
  const text = `${JSON.stringify(data)}\n`;
  const size = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`;
  if (args.includes('--check')) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    stale ||= committed !== text;
    console.log(`data/${name}: ${committed === text ? 'up to date' : 'OUT OF DATE'} (${size})`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote data/${name} (${size})`);
  }
}
console.log(counts);
if (stale) {
  console.error('Run node scripts/build-data.mjs to regenerate the data files.');
  process.exit(1);
}
