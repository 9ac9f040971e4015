import { appMethods } from './appMethods.ts';
import { candidateMethods } from './candidateMethods.ts';
import { stageMethods } from './stageMethods.ts';

/**
 * Every backend method, defined once, one group per file. Main validates each input against these schemas;
 * the renderer's client and the preload are typed and generated from this object, so a method cannot drift.
 */
export const contract = {
  app: appMethods,
  stages: stageMethods,
  candidates: candidateMethods,
} as const;

export type Contract = typeof contract;
