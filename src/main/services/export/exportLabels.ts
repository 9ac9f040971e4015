import type { InterviewStatus } from '../../../shared/schemas/interviewStatus.ts';

/** Words the exports use for an interview's status. */
export const exportLabels: { status: Record<InterviewStatus, string> } = {
  status: { planned: 'Planned', in_progress: 'In progress', done: 'Done' },
};
