/** The recruiter's own time zone, as this computer has it. */
export function recruiterTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
