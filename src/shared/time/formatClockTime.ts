// One clock for the whole app: the OS locale decides 12 h or 24 h, so chips, chat and lists never disagree.
let clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** A time of day in the app's one clock format: "18:25" under a 24-hour locale, "6:25 PM" under a 12-hour one. */
export function formatClockTime(moment: string | number | Date): string {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) return typeof moment === 'string' ? moment.slice(0, 16) : '';
  return clockFormat.format(date);
}

/** Tests pin a locale ("en-US", "en-GB") to check both clocks; the app never calls this. */
formatClockTime.useLocale = (locale: string | undefined): void => {
  clockFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
};
