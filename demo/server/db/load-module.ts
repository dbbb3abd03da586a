// `pg` (CommonJS), PGlite (which loads its WebAssembly and data files from beside its own
// module), pg-boss (which brings its own `pg`) and nodemailer (CommonJS with optional parts
// loaded at runtime) must be loaded from node_modules, not bundled: scripts/run-ts.mjs bundles every
// package it sees imported. A specifier that is not a string literal is left alone by esbuild,
// and vitest and node resolve it as usual.
export function importAtRuntime(
  specifier: '@electric-sql/pglite' | 'pg' | 'pg-boss' | 'nodemailer',
): Promise<unknown> {
  // Only the package names above, never data from outside.
  // eslint-disable-next-line no-unsanitized/method
  return import(specifier);
}
