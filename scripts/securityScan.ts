// `npm run security`: Electronegativity on src/, offline. Fails on any finding at medium or above, except the
// review-only checks that docs/security.md reviews by name ("The security scan").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanElectronSecurity } from './security/scanElectronSecurity.ts';

const root = path.resolve(import.meta.dirname, '..');
const reviewed = new Set(['PRELOAD_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);

const { version } = JSON.parse(
  readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
) as { version: string };
const securityDoc = readFileSync(path.join(root, 'docs', 'security.md'), 'utf8');
const findings = await scanElectronSecurity(path.join(root, 'src'), { electronVersion: version, root });

console.log(`Electronegativity on src/, Electron ${version}, medium severity and above:`);
console.log('| check | file | line | severity | confidence | verdict |');
console.log('| --- | --- | --- | --- | --- | --- |');
const failures: string[] = [];
for (const finding of findings) {
  const accepted = finding.reviewOnly && reviewed.has(finding.id) && securityDoc.includes(finding.id);
  if (!accepted) failures.push(`${finding.id} at src/${finding.file}:${finding.line}`);
  console.log(
    `| ${finding.id} | src/${finding.file} | ${finding.line}:${finding.column} | ${finding.severity} | ` +
      `${finding.confidence} | ${accepted ? 'reviewed in docs/security.md' : 'FAIL'} |`,
  );
}
if (findings.length === 0) console.log('| (none) | | | | | |');
if (failures.length) {
  console.error(`\n${failures.length} finding(s) need a fix: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\n0 findings to fix (${findings.length} review-only, reviewed in docs/security.md).`);
