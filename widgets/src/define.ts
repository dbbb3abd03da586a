/**
 * Registers every widget: `import '@mentorkit/widgets/define';` (and the CDN bundle's entry).
 * Each widget adds its own side-effect module here, e.g. `import './signup-form/define.ts';`;
 * nothing else in the package calls `customElements.define`.
 */
import './follow-up/define.ts';
import './glossary/define.ts';
import './match-card/define.ts';
import './signup-form/define.ts';
import './training-calendar/define.ts';

export {};
