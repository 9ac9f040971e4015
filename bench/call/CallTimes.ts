/** Times (ms) from the start of one call to the first remote frame on each side. */
export type CallTimes = {
  toCandidateFrame: number;
  toRecruiterFrame: number;
  joinToCandidateFrame: number | null;
};
