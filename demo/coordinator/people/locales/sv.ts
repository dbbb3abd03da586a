// The people list's and person view's words, Swedish source: every code the API answers
// (statuses, roles, Swedish levels, goals, availability, meeting modes, match statuses, repeat
// rules) has a message here, so no code reaches the screen.
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import type { RepeatRule } from '../repeat-rule.ts';
import { goalNameSv } from '@mentorkit/core/goal-words/sv';

export type PersonStatusParam = {
  status: 'new' | 'confirmed' | 'contacted' | 'matched' | 'withdrawn';
};
export type RoleParam = { role: 'mentor' | 'mentee' };
export type SwedishLevelParam = { level: string };
export type GoalParam = { goal: string };
export type SlotParam = { slot: string };
export type ModeParam = { mode: string };
export type MatchStatusParam = { status: string };

const CEFR_SV: Record<string, string> = {
  A1: 'nybörjare',
  A2: 'grundläggande',
  B1: 'självständig',
  B2: 'god',
  C1: 'avancerad',
  C2: 'mycket god',
};

export const peopleSv = {
  peopleStatus: ({ status }: PersonStatusParam): string =>
    ({
      new: 'Ny',
      confirmed: 'Bekräftad',
      contacted: 'Kontaktad',
      matched: 'Matchad',
      withdrawn: 'Har avböjt',
    })[status] ?? status,
  peopleRole: ({ role }: RoleParam): string => (role === 'mentor' ? 'Mentor' : 'Adept'),
  peopleSwedishLevel: ({ level }: SwedishLevelParam): string => {
    const sfi = /^sfi-([a-d])$/.exec(level);
    if (sfi) return `Sfi, kurs ${sfi[1]!.toUpperCase()}`;
    return CEFR_SV[level] ? `${level} (${CEFR_SV[level]})` : level;
  },
  // The goals' words are core's, the same as the match card's and the signup form's.
  peopleGoal: goalNameSv,
  peopleSlot: ({ slot }: SlotParam): string =>
    ({
      'weekday-daytime': 'Vardagar, dagtid',
      'weekday-evening': 'Vardagar, kvällstid',
      weekend: 'Helger',
    })[slot] ?? slot,
  peopleMode: ({ mode }: ModeParam): string =>
    ({ 'in-person': 'Ses på plats', remote: 'På distans' })[mode] ?? mode,
  peopleMatchStatus: ({ status }: MatchStatusParam): string =>
    ({
      proposed: 'Föreslagen',
      active: 'Pågår',
      paused: 'Pausad',
      completed: 'Avslutad',
      closed: 'Stängd',
    })[status] ?? status,
  peopleRepeat: ({ rule }: { rule: RepeatRule | undefined }): string => {
    if (!rule) return 'Återkommande';
    const unit = rule.freq === 'DAILY' ? 'dag' : 'vecka';
    const every =
      rule.interval === 1
        ? `varje ${unit}`
        : rule.interval === 2
          ? `varannan ${unit}`
          : `var ${rule.interval}:e ${unit}`;
    if (rule.count !== undefined) {
      return `${every}, ${rule.count} ${rule.count === 1 ? 'gång' : 'gånger'}`;
    }
    return rule.until ? `${every} till och med ${rule.until}` : every;
  },
  peopleCandidatesBy: 'Förslag utifrån yrke, språk, region, mål och tider',
} satisfies SourceCatalogue;

export type PeopleMessages = typeof peopleSv;
