/**
 * What a running import is doing: reading and checking rows (all of them first in all-or-nothing mode), saving
 * them in batches, taking back what it wrote after Cancel or a failure, and finished.
 */
export const importPhases = ['starting', 'checking', 'saving', 'undoing', 'finished'] as const;
