/** A scorecard attribute a passage can be tagged to, with its category for grouping in menus. */
export type EvidenceAttribute = { id: string; name: string; category: string };
