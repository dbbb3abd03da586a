export * from './candidate.ts';
export * from './weights.ts';
export * from './occupation-fit.ts';
export * from './score-match.ts';
export * from './rank-candidates.ts';
