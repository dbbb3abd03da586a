export { MkMatchCard } from './match-card.ts';
export type {
  MkMatchActionDetail,
  MkMatchAcceptDetail,
  MkMatchAcceptEvent,
  MkMatchContactDetail,
  MkMatchContactEvent,
  MkMatchDeclineDetail,
  MkMatchDeclineEvent,
} from './events.ts';
export type { MatchAudience, MatchLayout } from './attributes.ts';
