import { exportCandidate } from '../../services/candidateExport/exportCandidate.ts';
import { importCandidates } from '../../services/candidateImport/importCandidates.ts';
import { previewCandidateImport } from '../../services/candidateImport/previewCandidateImport.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function candidateHandlers({ repositories }: HandlerContext): GroupHandlers<'candidates'> {
  const { candidates, candidateRecords, stages, timeline } = repositories;
  return {
    'candidates.list': (input) => candidates.list(input),
    'candidates.facets': () => candidates.facets(),
    'candidates.get': ({ id }) => candidates.get(id),
    'candidates.create': (input) => candidates.create(input),
    'candidates.update': ({ id, changes }) => candidates.update(id, changes),
    'candidates.setStage': ({ id, stageId, reason }) => candidates.setStage(id, stageId, reason),
    'candidates.timeline': ({ id, offset, limit }) => timeline.list(id, offset, limit),
    'candidates.importPreview': ({ csv }) => previewCandidateImport(csv),
    'candidates.import': (input) => importCandidates(candidates, stages, input),
    'candidates.export': ({ id }) => {
      const candidate = candidates.get(id);
      return exportCandidate(candidate, candidateRecords.collect(candidate.id), stages.list());
    },
    'candidates.delete': ({ id }) => candidates.trash(id),
    'candidates.restore': ({ id }) => candidates.restore(id),
    'candidates.purge': ({ id }) => {
      candidates.purge(id);
      return { purged: true as const };
    },
  };
}
