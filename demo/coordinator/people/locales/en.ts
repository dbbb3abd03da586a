import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { PeopleMessages } from './sv.ts';
import { goalNameEn } from '@mentorkit/core/goal-words/en';

const CEFR_EN: Record<string, string> = {
  A1: 'beginner',
  A2: 'elementary',
  B1: 'intermediate',
  B2: 'upper intermediate',
  C1: 'advanced',
  C2: 'proficient',
};

export const peopleEn: CatalogueOf<PeopleMessages> = {
  peopleStatus: ({ status }) =>
    ({
      new: 'New',
      confirmed: 'Confirmed',
      contacted: 'Contacted',
      matched: 'Matched',
      withdrawn: 'Withdrawn',
    })[status] ?? status,
  peopleRole: ({ role }) => (role === 'mentor' ? 'Mentor' : 'Mentee'),
  peopleSwedishLevel: ({ level }) => {
    const sfi = /^sfi-([a-d])$/.exec(level);
    if (sfi) return `SFI, course ${sfi[1]!.toUpperCase()}`;
    return CEFR_EN[level] ? `${level} (${CEFR_EN[level]})` : level;
  },
  // The goals' words are core's, the same as the match card's and the signup form's.
  peopleGoal: goalNameEn,
  peopleSlot: ({ slot }) =>
    ({
      'weekday-daytime': 'Weekdays, daytime',
      'weekday-evening': 'Weekday evenings',
      weekend: 'Weekends',
    })[slot] ?? slot,
  peopleMode: ({ mode }) => ({ 'in-person': 'In person', remote: 'Remote' })[mode] ?? mode,
  peopleMatchStatus: ({ status }) =>
    ({
      proposed: 'Proposed',
      active: 'Active',
      paused: 'Paused',
      completed: 'Completed',
      closed: 'Closed',
    })[status] ?? status,
  peopleRepeat: ({ rule }) => {
    if (!rule) return 'Repeats';
    const unit = rule.freq === 'DAILY' ? 'day' : 'week';
    const every =
      rule.interval === 1
        ? rule.freq === 'DAILY'
          ? 'daily'
          : 'weekly'
        : `every ${rule.interval} ${unit}s`;
    if (rule.count !== undefined) {
      return `${every}, ${rule.count} ${rule.count === 1 ? 'time' : 'times'}`;
    }
    return rule.until ? `${every} until ${rule.until}` : every;
  },
  peopleCandidatesBy: 'Suggested by occupation, languages, region, goals and times',
};
