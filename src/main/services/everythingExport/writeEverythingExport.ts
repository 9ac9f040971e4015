import { strToU8, Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { InvalidValueError } from '../../storage/errors/InvalidValueError.ts';
import type { Repositories } from '../../storage/repositories/Repositories.ts';
import { settingKeys } from '../../storage/repositories/SettingsRepository.ts';
import { exportCandidate } from '../candidateExport/exportCandidate.ts';
import { fileNameSlug } from '../candidateExport/fileNameSlug.ts';
import type { RecordingStore } from '../recordings/RecordingStore.ts';
import { everythingExportReadme } from './everythingExportReadme.ts';

/** Secrets stay behind: an export is for people and other systems, and the server key grants access to calls. */
const secretSettings: ReadonlySet<string> = new Set([settingKeys.signalingKey]);

/** Recordings are read (and decrypted) this much at a time, so memory stays flat however long the call was. */
const recordingRangeBytes = 4 * 1024 * 1024;

/**
 * fflate writes no ZIP64, so every offset must stay below 4 GiB; the margin leaves room for the headers and
 * the central directory that follow the last recording.
 */
const zipLimitBytes = 0xffff_ffff - 16 * 1024 * 1024;

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

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * "Export everything", as a stream of zip bytes handed to `write` as they are made: every table as JSON (rows
 * exactly as stored), every candidate (trashed ones too) as a Markdown page a person can read and, when
 * `recordings` is given, every finished recording decrypted to plain WebM, stored uncompressed (WebM is already
 * compressed). Between two ranges of a recording the event loop gets a turn, so other calls are not held up.
 */
export async function writeEverythingExport(options: {
  repositories: Repositories;
  /** The store to read recordings from, or null to leave them out. */
  recordings: Pick<RecordingStore, 'openForPlayback'> | null;
  now: Date;
  write(chunk: Uint8Array): void;
}): Promise<{ fileName: string; recordingCount: number }> {
  const { repositories, recordings, now } = options;
  const folder = `rapport-export-${now.toISOString().slice(0, 10)}`;
  const { tableDump, candidates, candidateRecords, notes, stages } = repositories;
  // Rows exactly as stored, so each note's document with its latest autosaved changes folded in.
  notes.compactAll();
  let written = 0;
  let failure: unknown = null;
  let ended = false;
  const zip = new Zip((error, chunk, final) => {
    if (failure !== null) return;
    if (error) failure = error;
    else {
      try {
        options.write(chunk);
        written += chunk.length;
      } catch (writeError) {
        // A full disk, say: fflate must not carry on, and the caller hears of it below.
        failure = writeError;
      }
    }
    if (final) ended = true;
  });
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  const add = (entry: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void }): typeof entry => {
    entry.mtime = now;
    zip.add(entry);
    return entry;
  };
  const addText = (name: string, text: string): void => {
    add(new ZipDeflate(`${folder}/${name}`, { level: 6 })).push(strToU8(text), true);
    check();
  };

  const tables = tableDump.tables();
  for (const table of tables) addText(`tables/${table}.json`, toJson(tableDump.rows(table), table));
  const stageList = stages.list();
  const ids = tableDump.candidateIds();
  for (const id of ids) {
    const { fileName, markdown } = exportCandidate(
      candidates.get(id),
      candidateRecords.collect(id),
      stageList,
      now.toISOString(),
    );
    // Two candidates may share a name; the end of the id keeps their pages apart.
    addText(`candidates/${fileName}-${id.slice(-12)}.md`, markdown);
  }

  // Opened before the first byte of video is written: from here on nothing reads the database, so a restore
  // that swaps the connection while the recordings stream cannot break the export.
  const playbacks = recordings
    ? repositories.recordings.exportable().flatMap((recording) => {
        // Deleted since the list was read, or its file is gone: nothing to put in.
        const playback = recordings.openForPlayback(recording.interview_id);
        const name = `${folder}/recordings/${fileNameSlug(recording.candidate_name)}-${recording.interview_id}.webm`;
        return playback ? [{ name, playback }] : [];
      })
    : [];
  const recordingBytes = playbacks.reduce((sum, { playback }) => sum + playback.totalBytes, 0);
  if (written + recordingBytes > zipLimitBytes)
    throw new InvalidValueError(
      'The recordings take more than one zip can hold (4 GB). Export without recordings, or delete some first.',
    );
  for (const { name, playback } of playbacks) {
    const entry = add(new ZipPassThrough(name));
    const total = playback.totalBytes;
    if (total === 0) entry.push(new Uint8Array(0), true);
    for (let start = 0; start < total; start += recordingRangeBytes) {
      const end = Math.min(total, start + recordingRangeBytes);
      entry.push(playback.read(start, end), end === total);
      check();
      await nextTurn();
    }
    check();
  }
  const recordingCount = playbacks.length;

  addText(
    'README.md',
    everythingExportReadme(now.toISOString(), tables, ids.length, recordings ? recordingCount : null),
  );
  zip.end();
  check();
  if (!ended) throw new Error('The zip did not finish.');
  return { fileName: `${folder}.zip`, recordingCount };
}
