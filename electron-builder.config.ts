import type { Configuration } from 'electron-builder';
import afterPack from './scripts/packaging/afterPack.ts';

// `npm run package` (scripts/package.ts). AppImage and deb on Linux, dmg on macOS, an NSIS installer on Windows.
export default {
  appId: 'app.rapport.desktop',
  productName: 'Rapport',
  copyright: 'Copyright © Rapport',
  directories: { output: 'dist', buildResources: 'resources' },
  // The built app only: out/main, out/preload, out/renderer and the candidate's join page (out/join).
  files: ['out/**/*', 'package.json', '!**/*.map'],
  // The Electron that npm installed, for this machine's platform: electron-builder downloads none.
  electronDist: 'node_modules/electron/dist',
  asar: true,
  // better-sqlite3 is a Node-API addon whose prebuilt .node loads as is: never rebuild it for Electron.
  npmRebuild: false,
  buildDependenciesFromSource: false,
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  afterPack,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    maintainer: 'The Rapport team',
    synopsis: 'Remote interviews, structured notes and the whole candidate history, offline.',
  },
  deb: { packageCategory: 'office' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    icon: 'resources/icon.png',
    hardenedRuntime: true,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
    extendInfo: {
      NSCameraUsageDescription: 'Rapport uses the camera for video interviews.',
      NSMicrophoneUsageDescription: 'Rapport uses the microphone for video interviews.',
    },
  },
  win: { target: ['nsis'], icon: 'resources/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
} satisfies Configuration;
