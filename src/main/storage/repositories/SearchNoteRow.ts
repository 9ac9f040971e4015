/** A live note behind a search match, with the date and title its interview gives it. */
export type SearchNoteRow = {
  id: string;
  candidate_id: string;
  interview_id: string | null;
  title: string;
  text: string;
  date: string;
};
