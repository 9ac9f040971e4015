import { flipFuses } from '@electron/fuses';
import { packagedElectronBinary } from './packagedElectronBinary.ts';
import { rapportFuses } from './rapportFuses.ts';

type PackContext = Parameters<typeof packagedElectronBinary>[0];

/** electron-builder's afterPack hook: flips Rapport's fuses in the packaged binary, before it is signed. */
export default async function afterPack(context: PackContext): Promise<void> {
  await flipFuses(
    packagedElectronBinary(context),
    rapportFuses(context.electronPlatformName as NodeJS.Platform),
  );
}
