import { mergeAttributes, Node } from '@tiptap/core';
import { timestampChip } from './timestampChip.ts';
import { insertTimestamp } from './insertTimestamp.ts';
import type { TimestampOptions } from './TimestampOptions.ts';

/**
 * An inline chip with the elapsed call time (`seconds`) or, with no call running, the wall-clock time (`at`).
 * An atom: it is selected and deleted whole, never edited letter by letter.
 */
export const Timestamp = Node.create<TimestampOptions>({
  name: 'timestamp',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { elapsedSeconds: () => null };
  },

  addAttributes() {
    return {
      seconds: {
        default: null,
        parseHTML: (element) => {
          const value = Number.parseInt(element.getAttribute('data-seconds') ?? '', 10);
          return Number.isSafeInteger(value) && value >= 0 ? value : null;
        },
        renderHTML: (attributes) =>
          attributes.seconds === null ? {} : { 'data-seconds': String(attributes.seconds) },
      },
      at: {
        default: null,
        parseHTML: (element) => {
          const value = element.getAttribute('data-at');
          return value !== null && !Number.isNaN(Date.parse(value)) ? value.slice(0, 40) : null;
        },
        renderHTML: (attributes) => (attributes.at === null ? {} : { 'data-at': attributes.at }),
      },
      label: {
        default: '00:00',
        parseHTML: (element) => (element.textContent ?? '').trim().slice(0, 16) || '00:00',
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'time[data-timestamp]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const seconds = node.attrs.seconds as number | null;
    const title = seconds === null ? 'Time of day' : 'Time into the call';
    return [
      'time',
      mergeAttributes(HTMLAttributes, {
        'data-timestamp': '',
        class: 'timestamp-chip',
        title,
        datetime: seconds === null ? (node.attrs.at ?? undefined) : `PT${seconds}S`,
      }),
      // A time of day shows in today's clock format, whatever format it was stamped in.
      timestampChip(node.attrs).label,
    ];
  },

  renderText({ node }) {
    return `[${String(node.attrs.label)}]`;
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-t': () => insertTimestamp(this.editor),
      'Mod-Shift-T': () => insertTimestamp(this.editor),
    };
  },
});
