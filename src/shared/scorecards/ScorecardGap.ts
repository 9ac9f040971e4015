/** Something a scorecard still needs before it can be submitted, said the way the recruiter reads it. */
export type ScorecardGap =
  | { readonly kind: 'rating'; readonly attributeId: string; readonly message: string }
  | { readonly kind: 'note'; readonly attributeId: string; readonly message: string }
  | { readonly kind: 'recommendation'; readonly message: string };
