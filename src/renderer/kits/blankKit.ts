import type { KitDraft } from './KitDraft.ts';
import { newPartId } from './newPartId.ts';

/** A new kit starts with one empty question and one empty attribute to fill in. */
export const blankKit: KitDraft = {
  name: '',
  description: '',
  definition: {
    sections: [
      { id: newPartId(), title: 'Questions', questions: [{ id: newPartId(), text: '', guidance: '' }] },
    ],
    attributeCategories: [
      { id: newPartId(), name: 'Skills', attributes: [{ id: newPartId(), name: '', description: '' }] },
    ],
    requireRatingNotes: false,
  },
};
