import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * The fuses flipped in every packaged Rapport (Electron's security checklist, item 19). They are baked into the
 * binary, so no flag or environment variable can turn them back on.
 */
export function rapportFuses(platform: NodeJS.Platform): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks a macOS ad-hoc signature; re-sign so an unsigned local build still starts.
    resetAdHocDarwinSignature: platform === 'darwin',
    // ELECTRON_RUN_AS_NODE would turn Rapport into a plain Node that can read the database.
    [FuseV1Options.RunAsNode]: false,
    // Cookies on disk are encrypted with the OS key store, as Chrome does.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Only our app.asar, unmodified (its hash is embedded at build time; macOS and Windows check it).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // We load nothing from file://, so it gets no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}
