// @ts-check
// `node scripts/launch.js start|test|web|package [arguments]`: checks Node first, so an old Node gets a clear
// message instead of ERR_UNKNOWN_FILE_EXTENSION, then runs scripts/<name>.ts with the remaining arguments.
import { nodeVersionProblem } from './nodeVersionProblem.js';

const entryPoints = ['start', 'test', 'web', 'package'];
const [name] = process.argv.splice(2, 1);
const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
if (!entryPoints.includes(name ?? '')) {
  console.error(`Usage: node scripts/launch.js ${entryPoints.join('|')} [arguments]`);
  process.exit(2);
}
await import(`./${name}.ts`);
