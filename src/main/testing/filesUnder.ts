import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file and folder under `directory`, at any depth, with its permission bits (0o600, 0o700…). */
export function filesUnder(directory: string): Array<{ file: string; mode: number; isDirectory: boolean }> {
  return (readdirSync(directory, { recursive: true }) as string[]).map((name) => {
    const file = path.join(directory, name);
    const stats = statSync(file);
    return { file, mode: stats.mode & 0o777, isDirectory: stats.isDirectory() };
  });
}
