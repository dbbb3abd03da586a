// Reports as the backend answers them (demo/server/report/), for <mk-report>'s component tests:
// a programme with follow-ups (one round with too few answers, one with shares and the
// headline), a demo programme whose name is hostile markup, mentees of no programme, and a
// programme the coordinator has no name for.
import type { Json, Programme, ProgrammeReport, Report, SuppressedCount } from '../../api-types.ts';

export const HOSTILE_NAME = '<img src=x onerror="window.__reportHacked=1">Svetsare';

const count = (value: number): SuppressedCount => ({ suppressed: false, count: value });
const shown = (value: number, share: number) => ({
  suppressed: false as const,
  count: value,
  share,
});
const hidden = { suppressed: true as const };

/** A cohort of `proposed` matches, the rest hidden or as given. */
function cohort(month: string, proposed: SuppressedCount, meetingsHeld = count(0)) {
  return {
    cohort: month,
    proposed,
    waiting: hidden,
    acceptedByBoth: proposed.suppressed ? hidden : count(17),
    active: hidden,
    paused: hidden,
    completed: proposed.suppressed ? hidden : count(17),
    closed: hidden,
    declined: hidden,
    meetingsHeld: proposed.suppressed ? hidden : meetingsHeld,
  };
}

const UNION: ProgrammeReport = {
  programmeId: 'union-2026',
  demo: false,
  cohorts: [cohort('2026-01', count(20), count(1234))],
  rounds: [
    {
      monthsAfterStart: 3,
      asked: count(17),
      answered: hidden,
      sharesShown: false,
      workSituation: {
        'qualified-job': hidden,
        'other-job': hidden,
        studies: hidden,
        looking: hidden,
        other: hidden,
      },
      helped: { 'a-lot': hidden, some: hidden, 'a-little': hidden, 'not-at-all': hidden },
    },
    {
      monthsAfterStart: 12,
      asked: count(20),
      answered: count(15),
      sharesShown: true,
      workSituation: {
        'qualified-job': shown(10, 10 / 15),
        'other-job': hidden,
        studies: hidden,
        looking: hidden,
        other: hidden,
      },
      helped: {
        'a-lot': shown(9, 9 / 15),
        some: hidden,
        'a-little': hidden,
        'not-at-all': hidden,
      },
    },
  ],
  headline: { monthsAfterStart: 12, qualifiedJobShare: 10 / 15, answered: 15 },
};

const WELDERS_DEMO: ProgrammeReport = {
  programmeId: 'welders-demo',
  demo: true,
  cohorts: [cohort('2026-11', hidden)],
  rounds: [],
};

const NO_PROGRAMME: ProgrammeReport = {
  programmeId: null,
  demo: false,
  cohorts: [cohort('2026-02', count(6))],
  rounds: [],
};

const UNNAMED: ProgrammeReport = {
  programmeId: 'gone-2025',
  demo: false,
  cohorts: [cohort('2025-12', count(5))],
  rounds: [],
};

export const REPORT: Report = {
  generatedAt: '2026-11-23T09:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  minimumCell: 5,
  programmes: [UNION, WELDERS_DEMO, NO_PROGRAMME, UNNAMED],
};

export const EMPTY_REPORT: Report = { ...REPORT, programmes: [] };

export const PROGRAMMES: Pick<Json<Programme>, 'id' | 'name'>[] = [
  { id: 'union-2026', name: 'Akademikerförbundets mentorprogram' },
  { id: 'welders-demo', name: HOSTILE_NAME },
];
