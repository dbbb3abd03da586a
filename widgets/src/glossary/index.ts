export { MkGlossary } from './glossary.ts';
export type { MkGlossaryOpenDetail, MkGlossaryOpenEvent } from './events.ts';
