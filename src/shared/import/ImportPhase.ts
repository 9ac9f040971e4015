import type { importPhases } from './importPhases.ts';

export type ImportPhase = (typeof importPhases)[number];
