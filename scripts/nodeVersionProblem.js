// @ts-check
// Plain JavaScript on purpose: it must run on a Node too old to strip TypeScript types.
const required = { major: 22, minor: 18 };

/**
 * What to tell someone whose Node cannot run Rapport's TypeScript entry points, or null when it can.
 * @param {string} version e.g. process.versions.node
 * @returns {string | null}
 */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > required.major || (major === required.major && minor >= required.minor)) return null;
  return [
    `Rapport needs Node ${required.major}.${required.minor} or later; you have ${version}.`,
    'Install Node 24 (the version .nvmrc names): with nvm, run `nvm install` in this folder;',
    'otherwise get it from https://nodejs.org/en/download or your package manager. Then run the command again.',
  ].join('\n');
}
