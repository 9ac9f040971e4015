import path from 'node:path';

/** Where electron-builder put the app's Electron binary in `appOutDir`: the .app bundle on macOS. */
export function packagedElectronBinary(context: {
  appOutDir: string;
  electronPlatformName: string;
  /** Linux's packager names the executable (`linux.executableName`, else the package name). */
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): string {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32')
    return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
}
