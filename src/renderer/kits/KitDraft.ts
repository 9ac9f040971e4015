import type { KitDefinition } from '../../shared/schemas/kitDefinition.ts';

/** The kit as the form edits it. */
export type KitDraft = { name: string; description: string; definition: KitDefinition };
