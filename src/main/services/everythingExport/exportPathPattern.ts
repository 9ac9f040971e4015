/** Where an export file is fetched, in the web host and the desktop app alike: /exports/<48 hex>.zip. */
export const exportPathPattern = /^\/exports\/([0-9a-f]{48})\.zip$/;
