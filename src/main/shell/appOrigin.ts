/** Where the renderer lives: a privileged standard scheme, so it is a secure context with a real origin. */
export const appOrigin = {
  scheme: 'app',
  host: 'rapport',
  origin: 'app://rapport',
  startUrl: 'app://rapport/',
} as const;
