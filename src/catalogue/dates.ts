/** Dates as the pages write them: "23 Januari 2023". */
const LONG_DATE = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' });

/** An ISO date ("2023-01-23") in words. */
export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(iso));
}
