/** The save queue's key for an interview's scorecard. */
export function scorecardSaveKey(interviewId: string): string {
  return `scorecard:${interviewId}`;
}
