import { ApiCallError } from '../api/ApiCallError.ts';

/** The alert shown when saves keep failing: what happened, and that Rapport keeps trying. */
export function describeSaveFailure(error: unknown): { message: string; permanent: boolean } {
  if (error instanceof ApiCallError) {
    if (error.code === 'invalid_input') {
      return { message: `Your latest changes cannot be saved: ${error.message}`, permanent: true };
    }
    if (error.code === 'disk_full') {
      // The backend's own words: the disk is full, and nothing saved before was lost.
      return { message: `${error.message} Rapport keeps trying.`, permanent: false };
    }
    if (error.code === 'database_damaged') return { message: error.message, permanent: true };
    if (error.code === 'unauthorized') {
      return {
        message:
          'Your latest changes are not saved: this window lost its connection to Rapport. Copy anything new, then reload.',
        permanent: true,
      };
    }
  }
  return {
    message:
      'Your latest changes are not saved yet. Rapport keeps trying; keep this window open until it says “Saved”.',
    permanent: false,
  };
}
