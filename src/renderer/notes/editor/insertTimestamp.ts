import type { Editor, Range } from '@tiptap/core';
import { formatTimestampLabel } from './formatTimestampLabel.ts';
import type { TimestampOptions } from './TimestampOptions.ts';

/** Inserts a timestamp chip at the caret (or over `range`, e.g. the typed "/timestamp"), then a space. */
export function insertTimestamp(editor: Editor, range?: Range): boolean {
  const timestamp = editor.extensionManager.extensions.find((extension) => extension.name === 'timestamp');
  const seconds = (timestamp?.options as TimestampOptions | undefined)?.elapsedSeconds() ?? null;
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
