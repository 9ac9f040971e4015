import type { Editor, Range } from '@tiptap/core';
import { callClock } from '../../lib/callClock.ts';
import { formatTimestampLabel } from '../formatTimestampLabel.ts';

/** Inserts a timestamp chip at the caret (or over `range`, e.g. the typed "/timestamp"), then a space. */
export function insertTimestamp(editor: Editor, range?: Range): boolean {
  const seconds = callClock.getElapsedSeconds();
  const now = new Date();
  const attrs =
    seconds === null
      ? { seconds: null, at: now.toISOString(), label: formatTimestampLabel({ at: now }) }
      : { seconds, at: null, label: formatTimestampLabel({ seconds }) };
  const chain = editor.chain().focus();
  if (range) chain.deleteRange(range);
  return chain
    .insertContent([
      { type: 'timestamp', attrs },
      { type: 'text', text: ' ' },
    ])
    .run();
}
