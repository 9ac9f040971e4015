import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `directory` (at any depth) whose bytes contain `text`, as UTF-8 or UTF-16: what `strings` would find. */
export function filesContaining(directory: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  for (const name of readdirSync(directory, { recursive: true }) as string[]) {
    const file = path.join(directory, name);
    if (!statSync(file).isFile()) continue;
    const content = readFileSync(file);
    if (needles.some((needle) => content.includes(needle))) found.push(file);
  }
  return found;
}
