import type { Interview } from '../../../shared/schemas/interview.ts';

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'interview'
  );
}

/** e.g. `2025-05-01-ada-lovelace-technical-screen.md`: sorts by date and says what it is. */
export function exportFileName(interview: Interview, extension: 'md' | 'html'): string {
  const date = (interview.startedAt ?? interview.scheduledAt ?? interview.createdAt).slice(0, 10);
  return `${date}-${slug(interview.candidateName)}-${slug(interview.title)}.${extension}`;
}
