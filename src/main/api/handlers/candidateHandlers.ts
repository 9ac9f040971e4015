import { exportCandidate } from '../../services/candidateExport/exportCandidate.ts';
import { exportCandidateList } from '../../services/candidateExport/exportCandidateList.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function candidateHandlers(context: HandlerContext): GroupHandlers<'candidates'> {
  const { candidates, candidateBulk, candidateRecords, notes, stages, timeline } = context.repositories;
  const { imports } = context;
  const now = () => clockOf(context)().toISOString();
  return {
    'candidates.list': (input) => candidates.list(input),
    'candidates.facets': () => candidates.facets(),
    'candidates.get': ({ id }) => candidates.get(id),
    'candidates.create': (input) => candidates.create(input, now()),
    'candidates.update': ({ id, changes }) => candidates.update(id, changes, now()),
    'candidates.setStage': ({ id, stageId, reason, reasons }) =>
      candidates.setStage(id, stageId, reason, now(), reasons),
    'candidates.undoStageChange': ({ id }) => candidates.undoStageChange(id, now()),
    'candidates.timeline': ({ id, offset, limit }) => {
      // Note snippets come from notes.text, which lags an autosave until the note is indexed.
      context.repositories.noteIndex.indexAll();
      return timeline.list(id, offset, limit);
    },
    'candidates.importUpload': (input) => imports.appendUpload(input),
    'candidates.importPreview': (input) => imports.preview(input),
    'candidates.import': (input) => imports.run(input),
    'candidates.importProgress': ({ importId }) => imports.progress(importId),
    'candidates.importCancel': ({ importId }) => imports.cancel(importId),
    'candidates.exportList': (input) => exportCandidateList(candidates.each(input), stages.list()),
    'candidates.bulkUpdate': (input) => candidateBulk.apply(input),
    'candidates.export': ({ id }) => {
      const candidate = candidates.get(id);
      // The export holds each note's document as stored: with its latest autosaved changes folded in.
      notes.compactAll();
      return exportCandidate(candidate, candidateRecords.collect(candidate.id), stages.list());
    },
    'candidates.delete': ({ id }) => candidates.trash(id, now()),
    'candidates.restore': ({ id }) => candidates.restore(id, now()),
    'candidates.purge': ({ id }) => {
      candidates.purge(id);
      return { purged: true as const };
    },
  };
}
