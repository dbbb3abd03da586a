// Dates and shares as the coordinator view writes them: Stockholm time, whole percents.
const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
export const formatPercent = (share: number): string => percent.format(share);
