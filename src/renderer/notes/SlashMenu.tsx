import { createPortal } from 'react-dom';
import { useStoreSelector } from '../lib/useStoreSelector.ts';
import type { SlashMenuStore } from './editor/SlashMenuStore.ts';

/** The "/" command menu: a listbox beside the caret; arrow keys and Enter work while typing continues. */
export function SlashMenu({ store }: { store: SlashMenuStore }) {
  const state = useStoreSelector(store);
  if (!state.open || !state.container) return null;
  return createPortal(
    <div id={store.menuId} role="listbox" aria-label="Commands" className="slash-menu">
      {state.items.length === 0 && <p className="slash-menu-empty">No matching command</p>}
      {state.items.map((command, index) => (
        <div
          key={command.id}
          id={store.optionId(index)}
          role="option"
          aria-selected={index === state.activeIndex}
          className="slash-menu-option"
          // Keep the caret in the editor: the click chooses, it does not focus.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => state.choose(command)}
        >
          <span className="slash-menu-title">{command.title}</span>
          <span className="slash-menu-hint">{command.hint}</span>
        </div>
      ))}
    </div>,
    state.container,
  );
}
