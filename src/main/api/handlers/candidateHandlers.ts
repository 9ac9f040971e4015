import { exportCandidate } from '../../services/candidateExport/exportCandidate.ts';
import { importCandidates } from '../../services/candidateImport/importCandidates.ts';
import { previewCandidateImport } from '../../services/candidateImport/previewCandidateImport.ts';
import { CandidateRepository } from '../../storage/repositories/CandidateRepository.ts';
import { StageRepository } from '../../storage/repositories/StageRepository.ts';
import { TimelineRepository } from '../../storage/repositories/TimelineRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function candidateHandlers({ database }: HandlerContext): GroupHandlers<'candidates'> {
  const candidates = new CandidateRepository(database);
  const stages = new StageRepository(database);
  const timeline = new TimelineRepository(database);
  return {
    'candidates.list': (input) => candidates.list(input),
    'candidates.facets': () => candidates.facets(),
    'candidates.get': ({ id }) => candidates.get(id),
    'candidates.create': (input) => candidates.create(input),
    'candidates.update': ({ id, changes }) => candidates.update(id, changes),
    'candidates.setStage': ({ id, stageId, reason }) => candidates.setStage(id, stageId, reason),
    'candidates.timeline': ({ id, offset, limit }) => timeline.list(id, offset, limit),
    'candidates.importPreview': ({ csv }) => previewCandidateImport(csv),
    'candidates.import': (input) => importCandidates(database, candidates, stages, input),
    'candidates.export': ({ id }) => exportCandidate(database, candidates.get(id), stages.list()),
    'candidates.delete': ({ id }) => candidates.trash(id),
    'candidates.restore': ({ id }) => candidates.restore(id),
    'candidates.purge': ({ id }) => {
      candidates.purge(id);
      return { purged: true as const };
    },
  };
}
