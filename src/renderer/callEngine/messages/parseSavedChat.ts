import type { ChatMessage } from '../CallSnapshot.ts';
import { maximumRemoteChatLines } from '../runners/applyPeerMessage.ts';
import { parsePeerMessage } from './parsePeerMessage.ts';

/** The other side's lines are capped in the call; the page's own are fewer than that in any real interview. */
const maximumSavedLines = maximumRemoteChatLines * 2;

/**
 * A chat kept by the page (sessionStorage, across "Join again") is read back as untrusted: each line is checked
 * and cleaned as if it came off the data channel, unsound lines and repeated ids are dropped, the count is capped.
 */
export function parseSavedChat(value: unknown): ChatMessage[] {
  if (!Array.isArray(value)) return [];
  const lines: ChatMessage[] = [];
  const ids = new Set<string>();
  for (const item of value.slice(0, maximumSavedLines)) {
    if (typeof item !== 'object' || item === null) continue;
    const { from, ...rest } = item as Record<string, unknown>;
    if (from !== 'local' && from !== 'remote') continue;
    const checked = parsePeerMessage({ ...rest, type: 'chat' });
    if (checked?.type !== 'chat' || ids.has(checked.id)) continue;
    ids.add(checked.id);
    lines.push({ id: checked.id, from, name: checked.name, text: checked.text, sentAt: checked.sentAt });
  }
  return lines;
}
