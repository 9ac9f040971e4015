import { strToU8, zipSync } from 'fflate';
import type { Repositories } from '../../storage/repositories/Repositories.ts';
import { settingKeys } from '../../storage/repositories/SettingsRepository.ts';
import { exportCandidate } from '../candidateExport/exportCandidate.ts';
import { everythingExportReadme } from './everythingExportReadme.ts';

/** Secrets stay behind: an export is for people and other systems, and the server key grants access to calls. */
const secretSettings: ReadonlySet<string> = new Set([settingKeys.signalingKey]);

function toJson(rows: Iterable<Record<string, unknown>>, table: string): string {
  const list: Record<string, unknown>[] = [];
  for (const row of rows) {
    list.push(table === 'settings' && secretSettings.has(String(row.key)) ? { ...row, value: null } : row);
  }
  return JSON.stringify(
    list,
    (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value),
    2,
  );
}

/**
 * "Export everything": every table as JSON (rows exactly as stored) and every candidate, trashed ones too, as a
 * Markdown page a person can read, in one zip. For leaving Rapport, or for answering a data-subject request.
 */
export function exportEverything(
  repositories: Repositories,
  now = new Date(),
): { fileName: string; zip: Uint8Array } {
  const folder = `rapport-export-${now.toISOString().slice(0, 10)}`;
  const { tableDump, candidates, candidateRecords, stages } = repositories;
  const files: Record<string, Uint8Array> = {};
  const tables = tableDump.tables();
  for (const table of tables)
    files[`${folder}/tables/${table}.json`] = strToU8(toJson(tableDump.rows(table), table));
  const stageList = stages.list();
  const ids = tableDump.candidateIds();
  for (const id of ids) {
    const candidate = candidates.get(id);
    const { fileName, markdown } = exportCandidate(
      candidate,
      candidateRecords.collect(id),
      stageList,
      now.toISOString(),
    );
    // Two candidates may share a name; the end of the id keeps their pages apart.
    files[`${folder}/candidates/${fileName}-${id.slice(-12)}.md`] = strToU8(markdown);
  }
  files[`${folder}/README.md`] = strToU8(everythingExportReadme(now.toISOString(), tables, ids.length));
  return { fileName: `${folder}.zip`, zip: zipSync(files, { level: 6 }) };
}
