/**
 * A calendar day (YYYY-MM-DD) in the page's language. Read and shown in UTC: a day has no time
 * zone, and `new Date('2026-12-15')` shown in local time is the 14th west of Greenwich.
 */
export function formatDay(tag: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
