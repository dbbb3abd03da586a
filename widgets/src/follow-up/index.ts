export { MkFollowUp } from './follow-up.ts';
export type {
  MkFollowUpErrorDetail,
  MkFollowUpErrorEvent,
  MkFollowUpSubmitDetail,
  MkFollowUpSubmitEvent,
  MkFollowUpSubmittedDetail,
  MkFollowUpSubmittedEvent,
} from './events.ts';
export type { FollowUpRole } from './questions.ts';
