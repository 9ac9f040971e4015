import { z } from 'zod';
import { noteBlockChangeSchema } from '../notes/noteBlockChangeSchema.ts';
import { noteDocumentSchema } from '../notes/noteDocumentSchema.ts';
import { entityId } from '../schemas/entityId.ts';
import { isoDateTime } from '../schemas/isoDateTime.ts';
import { note } from '../schemas/note.ts';
import { noteRevision } from '../schemas/noteRevision.ts';
import { noteRevisionSummary } from '../schemas/noteRevisionSummary.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';

const sequence = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const noteMethods = {
  get: defineMethod({
    description: 'One note: its document and the sequence number of its last save.',
    input: byId,
    output: note,
  }),
  save: defineMethod({
    description:
      'Store a note’s document. The app numbers its saves with a sequence that grows per note: a save older ' +
      'than the stored one is ignored (applied: false), and repeating the stored one is harmless. A save ' +
      'without a sequence is applied as it comes and keeps the stored sequence.',
    input: z.strictObject({ id: entityId, document: noteDocumentSchema, sequence: sequence.optional() }),
    output: z.object({
      id: entityId,
      sequence: z.number().int(),
      applied: z.boolean(),
      updatedAt: isoDateTime,
    }),
  }),
  saveChanges: defineMethod({
    description:
      'Store a change to a note’s document: the top-level blocks that changed since the save numbered ' +
      '`baseSequence`, which must be the one stored. Sequenced like notes.save. When the backend cannot apply ' +
      'the change to what it stores (another save came between, or the blocks do not add up), it stores nothing ' +
      'and answers resync: true, and the app saves the whole document instead.',
    input: z.strictObject({
      id: entityId,
      sequence,
      baseSequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      change: noteBlockChangeSchema,
    }),
    output: z.object({
      id: entityId,
      sequence: z.number().int(),
      applied: z.boolean(),
      resync: z.boolean(),
      updatedAt: isoDateTime,
    }),
  }),
  indexNow: defineMethod({
    description:
      'Bring search up to date with a note now (its editor lost focus or is closing). Saves only queue a note ' +
      'for search, which indexes it a few seconds later; this does it at once, and is harmless when nothing is queued.',
    input: byId,
    output: z.object({ indexed: z.boolean() }),
  }),
  revisions: defineMethod({
    description: 'Snapshots of a note, newest first.',
    input: byId,
    output: z.object({ items: z.array(noteRevisionSummary) }),
  }),
  getRevision: defineMethod({
    description: 'One snapshot with its document and text.',
    input: byId,
    output: noteRevision,
  }),
  restoreRevision: defineMethod({
    description:
      'Make a snapshot the note’s document again. The document it replaces is kept as a snapshot first, so a ' +
      'restore can itself be undone.',
    input: z.strictObject({ noteId: entityId, revisionId: entityId }),
    output: note,
  }),
};
