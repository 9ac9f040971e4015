import type { InterviewStatus } from '../../shared/schemas/interviewStatus.ts';

/** How an interview's status reads in the UI. */
export const interviewStatusLabels: Record<InterviewStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};
