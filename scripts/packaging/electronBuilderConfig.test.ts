import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import configuration from '../../electron-builder.config.ts';
import { temporaryDirectory } from '../../src/main/testing/temporaryDirectory.ts';
import afterPack from './afterPack.ts';
import { iconSizes } from './iconSizes.ts';
import { rapportFuses } from './rapportFuses.ts';
import { renderIcon } from './renderIcon.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// electron-builder's own schema check, as `electron-builder` runs it before building; it downloads nothing.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const made: { remove(): void }[] = [];
afterEach(() => made.splice(0).forEach((directory) => directory.remove()));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

// The first validation compiles electron-builder's large JSON schema: seconds, more on a busy machine.
describe('the electron-builder configuration', { timeout: 90_000 }, () => {
  test("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(configuration, new DebugLogger(false))).resolves.toBeUndefined();
  });

  test('and that validation does catch a wrong option', async () => {
    await expect(
      validateConfiguration({ ...configuration, linux: { nonsense: true } }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration\.linux/);
  });

  test('has an app id and the product name', () => {
    expect(configuration.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(configuration.productName).toBe('Rapport');
  });

  test('builds AppImage and deb on Linux, dmg on macOS, NSIS on Windows', () => {
    expect(configuration.linux.target).toEqual(['AppImage', 'deb']);
    expect(configuration.mac.target).toEqual(['dmg']);
    expect(configuration.win.target).toEqual(['nsis']);
  });

  test('packs the built app into an asar, never rebuilding better-sqlite3', () => {
    expect(configuration.asar).toBe(true);
    expect(configuration.files).toContain('out/**/*');
    expect(configuration.npmRebuild).toBe(false);
    expect(configuration.electronDist).toBe('node_modules/electron/dist');
    expect(configuration.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
  });

  test('flips the fuses in its afterPack hook', () => {
    expect(configuration.afterPack).toBe(afterPack);
  });

  test('asks macOS for the camera and the microphone, with a reason the user sees', () => {
    const entitlements = readFileSync(path.join(root, configuration.mac.entitlements), 'utf8');
    expect(entitlements).toContain('com.apple.security.device.camera');
    expect(entitlements).toContain('com.apple.security.device.audio-input');
    expect(configuration.mac.extendInfo.NSCameraUsageDescription).toMatch(/interview/);
    expect(configuration.mac.extendInfo.NSMicrophoneUsageDescription).toMatch(/interview/);
  });
});

describe('the icons in resources/', () => {
  test('has the 1024 px icon that becomes the .icns and the .ico', () => {
    expect(pngSize(path.join(root, configuration.mac.icon))).toEqual([1024, 1024]);
    expect(configuration.win.icon).toBe(configuration.mac.icon);
  });

  test.each(iconSizes)('has the %d px Linux icon, square', (size) => {
    expect(pngSize(path.join(root, configuration.linux.icon, `${size}x${size}.png`))).toEqual([size, size]);
  });

  test('are what scripts/makeIcons.ts renders from icon.svg (run `npm run icons` after editing it)', () => {
    const svg = readFileSync(path.join(root, 'resources', 'icon.svg'));
    expect(renderIcon(svg, 64).equals(readFileSync(path.join(root, 'resources', 'icons', '64x64.png')))).toBe(
      true,
    );
  });
});

describe("Rapport's fuses", () => {
  test.each([
    { name: 'RunAsNode', fuse: FuseV1Options.RunAsNode, value: false },
    {
      name: 'EnableNodeOptionsEnvironmentVariable',
      fuse: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      value: false,
    },
    {
      name: 'EnableNodeCliInspectArguments',
      fuse: FuseV1Options.EnableNodeCliInspectArguments,
      value: false,
    },
    { name: 'EnableCookieEncryption', fuse: FuseV1Options.EnableCookieEncryption, value: true },
    {
      name: 'EnableEmbeddedAsarIntegrityValidation',
      fuse: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      value: true,
    },
    { name: 'OnlyLoadAppFromAsar', fuse: FuseV1Options.OnlyLoadAppFromAsar, value: true },
    {
      name: 'GrantFileProtocolExtraPrivileges',
      fuse: FuseV1Options.GrantFileProtocolExtraPrivileges,
      value: false,
    },
  ])('sets $name to $value', ({ fuse, value }) => {
    expect(rapportFuses('linux')[fuse]).toBe(value);
  });

  test('re-signs ad hoc on macOS only', () => {
    expect(rapportFuses('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(rapportFuses('linux').resetAdHocDarwinSignature).toBe(false);
  });

  test('afterPack flips them in the packaged binary', async () => {
    // A stand-in for the Electron binary: the fuse sentinel, version 1, nine fuses at Electron's defaults.
    const temporary = temporaryDirectory();
    made.push(temporary);
    const appOutDir = path.join(temporary.path, 'linux-unpacked');
    mkdirSync(appOutDir);
    const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
    writeFileSync(
      path.join(appOutDir, 'rapport'),
      Buffer.concat([
        Buffer.from('ELF…machine code…'),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, defaults.length, ...defaults]),
        Buffer.from('…more machine code'),
      ]),
    );

    await afterPack({
      appOutDir,
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: 'Rapport' }, executableName: 'rapport' },
    });

    const wire = await getCurrentFuseWire(path.join(appOutDir, 'rapport'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Fuses we do not set keep Electron's default.
    expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE);
  });
});
