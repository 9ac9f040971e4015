/** Links in notes may only lead to the web or to an email address; never `javascript:`, `data:` or `file:`. */
export const allowedLinkProtocols = ['http:', 'https:', 'mailto:'] as const;
