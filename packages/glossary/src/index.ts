export { deinflect, normaliseTerm } from './deinflect.ts';
export { TermIndex, type IndexableTerm, type TermMatch } from './term-index.ts';
