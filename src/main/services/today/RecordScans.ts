/** The record's two scans over 90 days of interviews, kept between writes. */
export type RecordScans = {
  heardBack: { interviewed: number; answered: number };
  answers: { endedAt: string; days: number }[];
};
