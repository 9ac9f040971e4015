import { Mark, mergeAttributes } from '@tiptap/core';
import { evidenceMarkName } from '../../../shared/notes/evidenceMarkName.ts';

const kitPartIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export type EvidenceOptions = {
  /** Attribute id → name, to show which attribute a passage supports. */
  attributeName: (attributeId: string) => string | undefined;
};

/**
 * A highlighted passage tagged as evidence for one scorecard attribute. Not inclusive: typing right after a
 * tagged passage writes untagged text.
 */
export const Evidence = Mark.create<EvidenceOptions>({
  name: evidenceMarkName,
  inclusive: false,

  addOptions() {
    return { attributeName: () => undefined };
  },

  addAttributes() {
    return {
      attributeId: {
        default: null,
        parseHTML: (element) => {
          const value = element.getAttribute('data-evidence');
          return value !== null && kitPartIdPattern.test(value) ? value : null;
        },
        renderHTML: (attributes) => ({ 'data-evidence': attributes.attributeId }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'mark[data-evidence]',
        // Only a tag for one of this scorecard's attributes survives a paste.
        getAttrs: (element) => {
          const attributeId = element.getAttribute('data-evidence') ?? '';
          return kitPartIdPattern.test(attributeId) && this.options.attributeName(attributeId) !== undefined
            ? null
            : false;
        },
      },
    ];
  },

  renderHTML({ mark, HTMLAttributes }) {
    const name = this.options.attributeName(String(mark.attrs.attributeId));
    return [
      'mark',
      mergeAttributes(HTMLAttributes, { class: 'evidence', title: name ? `Evidence: ${name}` : 'Evidence' }),
      0,
    ];
  },
});
