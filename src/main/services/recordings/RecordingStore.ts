import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Recording } from '../../../shared/schemas/recording.ts';
import { speechSegments, type SpeechSegments } from '../../../shared/schemas/speechSegments.ts';
import { summarizeTalkTime } from '../../../shared/recordings/summarizeTalkTime.ts';
import { ConflictError } from '../../storage/errors/ConflictError.ts';
import { InvalidValueError } from '../../storage/errors/InvalidValueError.ts';
import { NotFoundError } from '../../storage/errors/NotFoundError.ts';
import { privateModes } from '../../storage/files/privateModes.ts';
import {
  appendRecordingFrame,
  createRecordingFile,
  indexRecordingFrames,
  readRecordingRange,
  rewriteFirstFrame,
  truncateTornFrame,
  type FrameIndex,
} from '../../storage/recordings/RecordingFrames.ts';
import { recordingKeyFrom } from '../../storage/recordings/recordingKeyFrom.ts';
import type { RecordingRepository, RecordingRow } from '../../storage/repositories/RecordingRepository.ts';
import { settingKeys, type SettingsRepository } from '../../storage/repositories/SettingsRepository.ts';
import { setWebmDuration } from './setWebmDuration.ts';

export const recordingsDirectoryName = 'recordings';
export const defaultRetentionDays = 30;
const dayMs = 24 * 3_600_000;

export type RecordingStoreOptions = {
  recordings: RecordingRepository;
  settings: SettingsRepository;
  /** Throws NotFoundError for an unknown interview (or one in the Trash). */
  requireInterview(interviewId: string): void;
  dataDirectory: string;
  /** The database key; the recordings' key is derived from it. Null (the bench's plaintext baseline) records nothing. */
  databaseKey: Buffer | null;
  clock: () => Date;
};

function toRecording(row: RecordingRow): Recording {
  const parsed = speechSegments.safeParse(JSON.parse(row.speech));
  const speech: SpeechSegments = parsed.success ? parsed.data : { recruiter: [], candidate: [] };
  return {
    interviewId: row.interview_id,
    consent: row.consent,
    state: row.state,
    startedAt: row.started_at,
    callOffsetMs: row.call_offset_ms,
    durationMs: row.duration_ms,
    sizeBytes: row.size_bytes,
    speech,
    talkTime: summarizeTalkTime(speech),
    deletedAt: row.deleted_at,
    deletedReason: row.deleted_reason,
  };
}

/**
 * Recordings of calls on this computer: encrypted chunk by chunk as they arrive (RecordingFrames), made
 * seekable when they end (the duration written into the WebM header), served back by byte range, and deleted
 * on request or once older than the retention setting.
 */
export class RecordingStore {
  readonly #options: RecordingStoreOptions;
  readonly #key: Buffer | null;
  readonly #directory: string;
  /** Frame indexes of finished files, so a seek does not re-read every header. */
  readonly #indexes = new Map<string, FrameIndex>();

  constructor(options: RecordingStoreOptions) {
    this.#options = options;
    this.#key = options.databaseKey ? recordingKeyFrom(options.databaseKey) : null;
    this.#directory = path.join(options.dataDirectory, recordingsDirectoryName);
  }

  #now(): string {
    return this.#options.clock().toISOString();
  }

  #fileOf(row: RecordingRow): string {
    return path.join(this.#directory, row.file_name ?? `${row.interview_id}.webm`);
  }

  #requireKey(): Buffer {
    if (!this.#key) throw new InvalidValueError('Recording needs the encrypted database.');
    return this.#key;
  }

  #recordingRow(interviewId: string): RecordingRow {
    const row = this.#options.recordings.get(interviewId);
    if (!row || row.state !== 'recording') throw new ConflictError('This interview is not being recorded.');
    return row;
  }

  get(interviewId: string): Recording | null {
    this.#options.requireInterview(interviewId);
    const row = this.#options.recordings.get(interviewId);
    return row ? toRecording(row) : null;
  }

  start(interviewId: string, callOffsetMs: number): Recording {
    this.#requireKey();
    this.#options.requireInterview(interviewId);
    const fileName = `${interviewId}.webm`;
    const row = this.#options.recordings.begin(
      interviewId,
      { fileName, startedAt: this.#now(), callOffsetMs },
      this.#now(),
    );
    mkdirSync(this.#directory, { recursive: true, mode: privateModes.directory });
    const file = this.#fileOf(row);
    // A file left from a deleted or declined attempt that was never removed.
    rmSync(file, { force: true });
    this.#indexes.delete(file);
    createRecordingFile(file);
    return toRecording(row);
  }

  declined(interviewId: string): Recording {
    this.#options.requireInterview(interviewId);
    return toRecording(this.#options.recordings.declined(interviewId, this.#now()));
  }

  /**
   * Appends chunk `sequence`. A chunk already stored (a retried request) is not stored twice; one that skips
   * ahead is refused, so the file never has a hole.
   */
  appendChunk(
    interviewId: string,
    chunk: { sequence: number; elapsedMs: number; data: Uint8Array },
  ): { chunkCount: number; sizeBytes: number } {
    const key = this.#requireKey();
    const row = this.#recordingRow(interviewId);
    if (chunk.sequence < row.chunk_count) return { chunkCount: row.chunk_count, sizeBytes: row.size_bytes };
    if (chunk.sequence > row.chunk_count)
      throw new ConflictError(`Chunk ${row.chunk_count} is missing; ${chunk.sequence} cannot follow it.`);
    const file = this.#fileOf(row);
    if (!existsSync(file)) throw new ConflictError('The recording’s file is gone.');
    const sizeBytes = appendRecordingFrame(file, key, interviewId, chunk.sequence, chunk.data);
    const chunkCount = chunk.sequence + 1;
    this.#options.recordings.chunkAppended(
      interviewId,
      { chunkCount, sizeBytes, durationMs: chunk.elapsedMs },
      this.#now(),
    );
    return { chunkCount, sizeBytes };
  }

  /** The recording ended: the duration goes into the file's header, so players can show its length and seek. */
  finish(interviewId: string, durationMs: number, speech: SpeechSegments | null): Recording {
    const row = this.#recordingRow(interviewId);
    return toRecording(this.#seal(row, Math.max(durationMs, 0), speech));
  }

  #seal(row: RecordingRow, durationMs: number, speech: SpeechSegments | null): RecordingRow {
    const key = this.#requireKey();
    const file = this.#fileOf(row);
    let sizeBytes = 0;
    if (existsSync(file)) {
      truncateTornFrame(file, indexRecordingFrames(file));
      try {
        rewriteFirstFrame(file, key, row.interview_id, (head) => setWebmDuration(head, durationMs));
      } catch (error) {
        // A header that cannot be read still plays from the start; keep it rather than lose the interview.
        console.error('Rapport could not write the recording’s duration', error);
      }
      this.#indexes.delete(file);
      sizeBytes = indexRecordingFrames(file).plainBytes;
    }
    return this.#options.recordings.finished(
      row.interview_id,
      { durationMs, sizeBytes, speech },
      this.#now(),
    );
  }

  /** At start: recordings cut off by a crash are sealed with the time of the last chunk that arrived. */
  recoverUnfinished(): number {
    if (!this.#key) return 0;
    const rows = this.#options.recordings.unfinished();
    for (const row of rows) this.#seal(row, row.duration_ms, null);
    return rows.length;
  }

  delete(interviewId: string, reason: 'manual' | 'retention' = 'manual'): Recording {
    this.#options.requireInterview(interviewId);
    const row = this.#options.recordings.get(interviewId);
    if (!row || row.state === 'none' || row.state === 'deleted')
      throw new NotFoundError('This interview has no recording to delete.');
    const file = this.#fileOf(row);
    rmSync(file, { force: true });
    this.#indexes.delete(file);
    return toRecording(this.#options.recordings.markDeleted(interviewId, reason, this.#now()));
  }

  retentionDays(): number {
    const stored = Number(this.#options.settings.get(settingKeys.recordingRetentionDays));
    return Number.isInteger(stored) && stored > 0 ? stored : defaultRetentionDays;
  }

  setRetentionDays(days: number): number {
    this.#options.settings.setMany({ [settingKeys.recordingRetentionDays]: String(days) }, this.#now());
    return this.retentionDays();
  }

  /** Deletes every recording started more than the retention setting ago. Returns how many. */
  purge(): number {
    const cutoff = new Date(this.#options.clock().getTime() - this.retentionDays() * dayMs).toISOString();
    const rows = this.#options.recordings.startedBefore(cutoff);
    for (const row of rows) {
      const file = this.#fileOf(row);
      rmSync(file, { force: true });
      this.#indexes.delete(file);
      this.#options.recordings.markDeleted(row.interview_id, 'retention', this.#now());
    }
    return rows.length;
  }

  /** The playable bytes of a recording for a Range request: its total size and a reader of [start, end). */
  openForPlayback(
    interviewId: string,
  ): { totalBytes: number; read(start: number, end: number): Buffer } | null {
    const key = this.#key;
    const row = this.#options.recordings.get(interviewId);
    if (!key || !row || (row.state !== 'ready' && row.state !== 'recording')) return null;
    const file = this.#fileOf(row);
    if (!existsSync(file)) return null;
    // A file still being written grows; only a finished one's index is kept.
    const index =
      row.state === 'ready'
        ? (this.#indexes.get(file) ?? indexRecordingFrames(file))
        : indexRecordingFrames(file);
    if (row.state === 'ready') this.#indexes.set(file, index);
    return {
      totalBytes: index.plainBytes,
      read: (start, end) => readRecordingRange(file, key, interviewId, index, start, end),
    };
  }
}
