export * from './vocabulary.ts';
export * from './common.ts';
export * from './field-path.ts';
export * from './signup-submission.ts';
export * from './training-event.ts';
export * from './match-profile.ts';
export * from './session-log.ts';
export * from './glossary-term.ts';
