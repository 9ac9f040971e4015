import type { KitDefinition } from '../schemas/kitDefinition.ts';
import type { NoteDocument, NoteNode } from './NoteDocument.ts';

/**
 * The note an interview starts with: each kit section as a heading, each question as a block with its own
 * notes area, then room for anything else. The question text lives in the block's attributes, so it stays
 * put while the recruiter types.
 */
export function buildInterviewNote(definition: KitDefinition | null): NoteDocument {
  const content: NoteNode[] = [];
  for (const section of definition?.sections ?? []) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: section.title }] });
    for (const question of section.questions) {
      content.push({
        type: 'kitQuestion',
        attrs: { questionId: question.id, text: question.text, guidance: question.guidance },
        content: [{ type: 'paragraph' }],
      });
    }
  }
  if (content.length > 0) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Other notes' }] });
  }
  content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}
