// The words for the core vocabularies (modes, topics) and for numbers and dates, in the UI
// language.
import type { SessionMode, SessionTopic } from '@mentorkit/core';
import { t, uiLanguage, type MessageKey } from '../../shared/i18n.ts';

const MODE_KEYS: Record<SessionMode, MessageKey> = {
  'in-person': 'modeInPerson',
  video: 'modeVideo',
  phone: 'modePhone',
  'workplace-visit': 'modeWorkplaceVisit',
  chat: 'modeChat',
};

const TOPIC_KEYS: Record<SessionTopic, MessageKey> = {
  cv: 'topicCv',
  interview: 'topicInterview',
  'workplace-culture': 'topicWorkplaceCulture',
  language: 'topicLanguage',
  network: 'topicNetwork',
  'degree-validation': 'topicDegreeValidation',
  'job-search': 'topicJobSearch',
  other: 'topicOther',
};

export function modeLabel(mode: SessionMode): string {
  return t(MODE_KEYS[mode]);
}

export function topicLabel(topic: SessionTopic): string {
  return t(TOPIC_KEYS[topic]);
}

export function minutesLabel(minutes: number): string {
  return t('minutesShort', String(minutes));
}

export function formatHours(minutes: number): string {
  return new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 }).format(minutes / 60);
}

/** `2026-11-23` as the mentor reads a date. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    utcDate(isoDate),
  );
}

/** `2026-11` as a month name and year. */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(month));
}

/**
 * `YYYY-MM-DD` (or `YYYY-MM`: the 1st) as a UTC midnight. A part that is missing makes an
 * invalid date, which the formatters refuse, as they always did for text that is no date.
 */
function utcDate(isoDate: string): Date {
  const [year = NaN, month = NaN, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export { localToday } from '../../shared/local-day.ts';
