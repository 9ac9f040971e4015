// `node scripts/security/mutateShell.ts`: mutation testing of the Electron shell's security settings.
// Each mutation weakens one item of Electron's checklist in the source; the shell's unit tests must then fail.
// A mutation no test catches is a setting that could regress unnoticed. Slow (one Vitest run per mutation), so it
// is run by hand and its table goes into the closing note, not into `npm test`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shellMutations } from './shellMutations.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const testedFolders = [
  'src/main/shell',
  'src/main/security',
  'src/preload',
  'scripts/packaging',
  'scripts/security',
];
const only = process.argv[2];
const rows: string[] = [];
let survived = 0;

for (const mutation of shellMutations.filter((each) => !only || each.name.includes(only))) {
  const file = path.join(root, mutation.file);
  const original = readFileSync(file, 'utf8');
  if (!original.includes(mutation.from))
    throw new Error(`${mutation.name}: "${mutation.from}" is not in ${mutation.file}`);
  const restore = () => writeFileSync(file, original);
  process.once('SIGINT', restore);
  try {
    writeFileSync(file, original.replace(mutation.from, mutation.to));
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...(mutation.tests ?? testedFolders)],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    const caught = run.status !== 0;
    if (!caught) survived += 1;
    const failing = [...(run.stdout + run.stderr).matchAll(/FAIL\s+(\S+\.test\.tsx?)/g)].map(
      (match) => match[1],
    );
    rows.push(
      `| ${mutation.name} | ${mutation.file} | ${caught ? 'caught' : '**survived**'} | ${[...new Set(failing)].slice(0, 3).join(', ')} |`,
    );
    console.error(`${caught ? 'caught  ' : 'SURVIVED'} ${mutation.name}`);
  } finally {
    restore();
    process.removeListener('SIGINT', restore);
  }
}

console.log('| mutation | file | result | failing test files |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\n${rows.length - survived} of ${rows.length} mutations caught, ${survived} survived.`);
process.exit(survived === 0 ? 0 : 1);
