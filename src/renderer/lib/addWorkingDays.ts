/** The calendar date `count` working days (Monday to Friday) after `date`. */
export function addWorkingDays(date: string, count: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  let left = count;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}
