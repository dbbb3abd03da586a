// Custom Elements Manifest for the widgets: the build (scripts/build.mjs) writes it to
// dist/custom-elements.json, as `npm run analyze -w @mentorkit/widgets` does on its own. It is
// generated, never committed; scripts/check-manifest.mjs checks it against the built bundle.
// Class JSDoc (`@tag @summary @slot @csspart @cssprop @fires`) is what fills it.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import ts from 'typescript';

// What the manifest describes: the elements and nothing else. Each widget's folder (the one with
// a define.ts) gives its class module, its define module (which maps the tag to the class for
// editors and frameworks) and its index; the shared theme styles give the `--mk-*` tokens every
// widget takes (THEME_TOKENS, which the demo's gallery lists). Helpers, templates, locales and
// test support are implementation, not API.
const widgets = readdirSync(new URL('src/', import.meta.url), { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() && existsSync(new URL(`src/${entry.name}/define.ts`, import.meta.url)),
  )
  .map((entry) => entry.name);

export default {
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/shared/theme.styles.ts',
    // The base class: its `messages` property is every widget's.
    'src/shared/mentorkit-element.ts',
    ...widgets.flatMap((name) => [
      `src/${name}/${name}.ts`,
      `src/${name}/define.ts`,
      `src/${name}/index.ts`,
    ]),
  ],
  // Relative to the widgets' folder; module paths in the manifest stay relative to it too.
  outdir: 'dist',
  litelement: true,
  // package.json already has `"customElements": "dist/custom-elements.json"`; never rewrite it.
  packagejson: false,
  plugins: [
    {
      // A reactive property declared `{ state: true }` has no attribute (Lit's rule), but the
      // analyzer does not read `state`; the widgets' states are their private fields, so an
      // attribute for a private or protected field is dropped.
      name: 'mentorkit-no-attributes-for-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.attributes) continue;
            const internal = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
                .map((member) => member.name),
            );
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !internal.has(attribute.fieldName),
            );
          }
        }
      },
    },
    {
      // A define module's `export type {} from './events.ts'` only brings the element's event
      // types into the declarations of a page that imports that module alone; it exports nothing.
      // The analyzer reads a type-only export as a JavaScript one (`export *`), so it is dropped.
      name: 'mentorkit-no-type-only-exports',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isExportDeclaration(node) || !node.isTypeOnly || !node.moduleSpecifier) return;
        const from = posix.join(posix.dirname(moduleDoc.path), node.moduleSpecifier.text);
        const clause = node.exportClause;
        const names =
          clause && ts.isNamedExports(clause) && clause.elements.length > 0
            ? clause.elements.map((element) => element.name.text)
            : ['*'];
        moduleDoc.exports = moduleDoc.exports?.filter(
          (entry) => !(names.includes(entry.name) && entry.declaration?.module === from),
        );
      },
    },
    {
      // An attribute typed with an alias (`kind: SignupKind`) says only the alias's name, so
      // editors cannot offer its values and readers must look it up. TypeScript's checker
      // resolves each such type; a union of string literals is written out ('mentor' | 'mentee').
      name: 'mentorkit-literal-unions',
      packageLinkPhase({ customElementsManifest }) {
        const aliased = (type) => /^[A-Z]\w*$/.test(type?.text ?? '');
        const modules = customElementsManifest.modules.filter((module) =>
          (module.declarations ?? []).some((declaration) =>
            (declaration.attributes ?? []).some((attribute) => aliased(attribute.type)),
          ),
        );
        if (modules.length === 0) return;
        const widgetsDir = fileURLToPath(new URL('.', import.meta.url));
        const config = ts.getParsedCommandLineOfConfigFile(
          `${widgetsDir}tsconfig.json`,
          {},
          { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
        );
        const program = ts.createProgram(
          modules.map((module) => `${widgetsDir}${module.path}`),
          config?.options ?? {},
        );
        const checker = program.getTypeChecker();
        for (const module of modules) {
          const source = program.getSourceFile(`${widgetsDir}${module.path}`);
          for (const declaration of module.declarations ?? []) {
            const classNode = source?.statements.find(
              (statement) =>
                ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
            );
            if (!classNode) continue;
            for (const attribute of declaration.attributes ?? []) {
              if (!aliased(attribute.type)) continue;
              const property = classNode.members.find(
                (member) => member.name?.getText(source) === attribute.fieldName,
              );
              const union = property && literalUnion(checker, checker.getTypeAtLocation(property));
              if (!union) continue;
              attribute.type = { text: union };
              const field = declaration.members?.find(
                (member) => member.name === attribute.fieldName,
              );
              if (field) field.type = { text: union };
            }
          }
        }
      },
    },
    {
      // The analyzer lists modules in the order the file system returns them, which differs
      // between clones; sorted by path, the built manifest is the same on every machine.
      name: 'mentorkit-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};

/** `'a' | 'b'` for a union of string literals (undefined left out), else undefined. */
function literalUnion(checker, type) {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (part) => !(part.flags & ts.TypeFlags.Undefined),
  );
  if (parts.length < 2 || !parts.every((part) => part.isStringLiteral())) return undefined;
  return parts.map((part) => `'${part.value}'`).join(' | ');
}
