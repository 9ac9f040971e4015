import path from 'node:path';

export const dataDirectoryEnvironmentVariable = 'RAPPORT_DATA_DIR';

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then RAPPORT_DATA_DIR, then the platform default. */
export function resolveDataDirectory(
  argv: readonly string[],
  environment: Record<string, string | undefined>,
  fallback: string,
): string {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--data-dir' && argv[index + 1]) return path.resolve(argv[index + 1]!);
    if (argument.startsWith('--data-dir=')) return path.resolve(argument.slice('--data-dir='.length));
  }
  const fromEnvironment = environment[dataDirectoryEnvironmentVariable];
  if (fromEnvironment) return path.resolve(fromEnvironment);
  return fallback;
}
