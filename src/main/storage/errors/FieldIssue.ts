/** Which stored field a refusal is about, so a form can show the message under it. */
export type FieldIssue = {
  /** Dotted path to the field, e.g. `email` or `ids`. */
  path: string;
  message: string;
};
