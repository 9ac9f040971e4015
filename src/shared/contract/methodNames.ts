import type { MethodName } from './ContractTypes.ts';

/**
 * The method names alone, with no zod: the sandboxed preload builds its bridge from this list.
 * A unit test keeps it equal to the contract's keys.
 */
export const methodNames = [
  'app.info',
  'stages.list',
  'candidates.list',
  'candidates.get',
  'candidates.create',
  'candidates.update',
  'candidates.delete',
  'candidates.restore',
  'candidates.purge',
] as const satisfies readonly MethodName[];
