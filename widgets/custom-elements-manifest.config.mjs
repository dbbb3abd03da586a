// Custom Elements Manifest for the widgets (`npm run analyze -w @mentorkit/widgets` writes
// custom-elements.json; scripts/check-manifest.mjs fails when the committed one is stale).
// Class JSDoc (`@tag @summary @slot @csspart @cssprop @fires`) is what fills it.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    // Tests and test support are not API. (`**/*.test.ts` is excluded by the analyzer too.)
    'src/**/*.test.ts',
    'src/**/testing/**',
    // Message catalogues are data: their text does not belong in an API description.
    'src/locales/**',
  ],
  outdir: '.',
  litelement: true,
  // package.json already has `"customElements": "custom-elements.json"`; never rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs
      // between clones; sorted by path, the manifest (and its staleness check) is the same
      // on every machine.
      name: 'mentorkit-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
