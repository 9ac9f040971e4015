import path from 'node:path';
import { openDatabase } from '../../src/main/storage/openDatabase.ts';
import { buildWordRanking } from '../seed/buildWordRanking.ts';
import { bulkLoadNotes, type SeedNote } from '../seed/bulkLoadNotes.ts';
import { createZipfSampler } from '../seed/createZipfSampler.ts';
import { generateNoteText } from '../seed/generateNoteText.ts';
import { seedBusyCandidate } from '../seed/seedBusyCandidate.ts';
import { rareWords } from './rareWords.ts';

/**
 * Notes spread over the imported candidates, a few carrying the rare words, plus one busy candidate for the
 * profile figure. Returns the busy candidate's id.
 */
export function seedNotes(options: {
  dataDirectory: string;
  noteCount: number;
  random: () => number;
  log: (message: string) => void;
  key: Buffer;
}): string {
  const { dataDirectory, noteCount, random, log } = options;
  const database = openDatabase(path.join(dataDirectory, 'rapport.sqlite3'), { key: options.key });
  const candidateIds = database.prepare<[], string>('SELECT id FROM candidates ORDER BY seq').pluck().all();
  const nextWord = createZipfSampler(buildWordRanking(), random);
  const base = Date.parse('2023-01-01T00:00:00Z');
  const span = Date.now() - base;
  function* notes(): Generator<SeedNote> {
    for (let index = 0; index < noteCount; index += 1) {
      // Each rare word lands in about five notes.
      const planted =
        index % Math.floor(noteCount / (rareWords.length * 5)) === 0
          ? [rareWords[index % rareWords.length]!]
          : [];
      yield {
        candidateId: candidateIds[Math.floor(random() * candidateIds.length)]!,
        text: generateNoteText(random, nextWord, planted),
        createdAt: new Date(base + Math.floor((index / noteCount) * span)).toISOString(),
      };
    }
  }
  const notesStart = performance.now();
  bulkLoadNotes(database, notes());
  log(`notes loaded in ${((performance.now() - notesStart) / 1000).toFixed(1)} s`);
  const busyId = seedBusyCandidate(database, () => generateNoteText(random, nextWord));
  database.pragma('optimize');
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
  return busyId;
}
