// @mentorkit/core: the data contract (zod/mini schemas), the i18n core and matching. Side-effect free,
// so bundlers keep only what a widget imports.
export * from './schemas/index.ts';
export * from './i18n/index.ts';
export * from './matching/index.ts';
