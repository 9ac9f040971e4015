// Which folder may import which: the architecture's dependency rules as data (docs/architecture.md draws them).
// A file belongs to the longest folder listed here that contains it; it may import its own folder and the
// folders in `allow`. A renderer folder that is not listed is a feature: it may import the layers below the
// features, and never another feature.

const shared = 'src/shared';
const renderer = (folder) => `src/renderer/${folder}`;

/** The renderer's layers below the features, top to bottom. */
const belowFeatures = [
  renderer('liveCall'),
  renderer('outreach'),
  renderer('notes'),
  renderer('callViews'),
  renderer('saving'),
  renderer('ui'),
  renderer('lib'),
  renderer('api'),
  renderer('callEngine'),
];

/** @type {{ folder: string; allow: string[]; why: string }[]} */
export const layers = [
  { folder: shared, allow: [], why: 'src/shared is pure TypeScript for every process' },
  {
    folder: 'src/preload',
    allow: [`${shared}/contract`],
    why: 'the preload only bridges method names to IPC',
  },
  {
    folder: 'src/main',
    allow: [shared, 'src/server'],
    why: 'the main process never reaches into a front end',
  },
  {
    folder: 'src/main/storage',
    allow: [shared],
    why: 'storage depends on nothing above it: it throws its own errors, which the router maps',
  },
  { folder: 'src/server', allow: [shared], why: 'the signalling server deploys on its own' },
  {
    folder: 'src/join',
    allow: [shared, renderer('callEngine'), renderer('callViews'), renderer('ui')],
    why: 'the join page reuses only the call engine, the call views and generic ui',
  },
  {
    folder: 'src/renderer',
    allow: [shared, renderer('app'), renderer('ui')],
    why: 'main.tsx only mounts the shell',
  },
  { folder: renderer('app'), allow: [shared, 'src/renderer'], why: 'the shell may import every feature' },
  {
    folder: renderer('liveCall'),
    allow: [shared, ...belowFeatures.filter((folder) => !folder.endsWith('/notes'))],
    why: 'the live call sits below the features',
  },
  {
    folder: renderer('outreach'),
    allow: [shared, renderer('ui'), renderer('lib'), renderer('api')],
    why: 'reaching candidates (the profile form, scheduling, invitations, follow-ups) serves several features',
  },
  {
    folder: renderer('notes'),
    allow: [shared, renderer('saving'), renderer('ui'), renderer('lib'), renderer('api')],
    why: 'the notes editor widget sits below the features',
  },
  {
    folder: renderer('notes/editor'),
    allow: [shared],
    why: 'the notes engine is plain TypeScript: no React, no api, nothing else from the renderer',
  },
  {
    folder: renderer('callViews'),
    allow: [shared, renderer('callEngine'), renderer('ui'), renderer('lib')],
    why: 'call views are shared with the join page, which has no api',
  },
  {
    folder: renderer('saving'),
    allow: [shared, renderer('api'), renderer('ui'), renderer('lib')],
    why: 'saving serves every feature',
  },
  { folder: renderer('ui'), allow: [shared, renderer('lib'), renderer('api')], why: 'ui is generic' },
  { folder: renderer('lib'), allow: [shared, renderer('api')], why: 'lib is shared by every feature' },
  { folder: renderer('api'), allow: [shared], why: 'the client depends only on the contract' },
  {
    folder: renderer('callEngine'),
    allow: [shared],
    why: 'the call engine is plain TypeScript: no React, no api, nothing else from the renderer',
  },
];

/** Features: every other folder directly under src/renderer. */
export const feature = {
  parent: 'src/renderer',
  allow: [shared, ...belowFeatures],
  why: 'features never import each other or the shell: move what two features need down to lib/, ui/ or a shared layer',
};
