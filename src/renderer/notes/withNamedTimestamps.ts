import { Node, type Extensions } from '@tiptap/core';
import { timestampChip } from './editor/timestampChip.ts';

/**
 * The editor's timestamp chips, each with an accessible name that says which clock it is ("Call time 12:31",
 * "Time of day 6:25 PM"): the two look different on screen (noteMarks.css), and now sound different too.
 */
export function withNamedTimestamps(extensions: Extensions): Extensions {
  return extensions.map((extension) => {
    if (extension.name !== 'timestamp' || !(extension instanceof Node)) return extension;
    return extension.extend({
      renderHTML(props) {
        const rendered = this.parent?.(props);
        if (!Array.isArray(rendered)) return rendered ?? ['time', props.HTMLAttributes, ''];
        const [tag, attributes, ...content] = rendered as [string, Record<string, unknown>, ...unknown[]];
        // role="img": a <time> alone has no role, so its aria-label would not reach assistive tech.
        const named = { ...attributes, role: 'img', 'aria-label': timestampChip(props.node.attrs).name };
        return [tag, named, ...content];
      },
    });
  });
}
