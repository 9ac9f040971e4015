/** One passage of a note tagged as evidence for a scorecard attribute. */
export type NoteEvidence = {
  attributeId: string;
  text: string;
  /** The kit question the passage was written under, when there is one. */
  questionId: string | null;
  questionText: string | null;
};
