import Module, { createRequire } from 'node:module';
import path from 'node:path';

export type SecurityFinding = {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  /** Electronegativity cannot decide these alone: a person must read the code it points at. */
  reviewOnly: boolean;
};

type Level = { value: number; name: string };
type RawIssue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  manualReview?: boolean;
};
type Runner = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[] }>;

const medium = 2;

function offline(): Promise<never> {
  return Promise.reject(new Error('Rapport runs Electronegativity offline'));
}
offline.head = offline;

/**
 * Runs Electronegativity on `input` and returns its findings at medium severity or above. Its translation and
 * release look-ups go through `got`, which crashes Node 24 when no network answers, so `got` is replaced by a
 * stub that fails at once: the scan is the same, offline and deterministic.
 */
export async function scanElectronSecurity(
  input: string,
  options: { electronVersion: string; root?: string },
): Promise<SecurityFinding[]> {
  const root = options.root ?? path.resolve(import.meta.dirname, '..', '..');
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const runnerFile = requireFromRoot.resolve('@doyensec/electronegativity');
  const gotFile = createRequire(runnerFile).resolve('got');
  const stub = new Module(gotFile);
  stub.filename = gotFile;
  stub.loaded = true;
  stub.exports = offline;
  requireFromRoot.cache[gotFile] = stub;
  const run = requireFromRoot(runnerFile) as Runner;
  const { issues } = await run({
    input: path.resolve(input),
    isRelative: true,
    electronVersionOverride: options.electronVersion,
    severitySet: 'medium',
    confidenceSet: 'tentative',
    customScan: [],
    excludeFromScan: [],
    parserPlugins: [],
  });
  return issues
    .filter((issue) => issue.severity.value >= medium)
    .map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      reviewOnly: issue.manualReview === true,
    }));
}
