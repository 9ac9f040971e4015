/** The mark that ties a highlighted passage to a scorecard attribute (`attrs.attributeId`). */
export const evidenceMarkName = 'evidence';
