import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import { ExternalStore } from '../../../shared/store/ExternalStore.ts';
import type { SlashCommand } from './SlashCommand.ts';
import type { SlashMenuState } from './SlashMenuState.ts';

const closed: SlashMenuState = { open: false, items: [], activeIndex: 0, container: null, choose: () => {} };

/**
 * Bridges tiptap's suggestion plugin (which calls render callbacks) and the React menu (which subscribes).
 * Keyboard handling lives here so arrow keys work while focus stays in the editor.
 */
export class SlashMenuStore {
  readonly #store = new ExternalStore<SlashMenuState>(closed);
  #unmount: (() => void) | null = null;
  #dom: HTMLElement | null = null;
  /** The listbox's id; the editor points at it with aria-controls while the menu is open. */
  readonly menuId: string;

  constructor(menuId: string) {
    this.menuId = menuId;
  }

  getSnapshot = (): SlashMenuState => this.#store.getSnapshot();

  subscribe = (listener: () => void): (() => void) => this.#store.subscribe(listener);

  get #state(): SlashMenuState {
    return this.#store.getSnapshot();
  }

  optionId(index: number): string {
    return `${this.menuId}-option-${index}`;
  }

  /** The render callbacks tiptap's Suggestion expects. */
  renderer = () => ({
    onStart: (props: SuggestionProps<SlashCommand, SlashCommand>) => {
      const container = document.createElement('div');
      container.className = 'slash-menu-layer';
      this.#unmount = props.mount(container);
      this.#set({ open: true, items: props.items, activeIndex: 0, container, choose: props.command }, props);
    },
    onUpdate: (props: SuggestionProps<SlashCommand, SlashCommand>) => {
      const activeIndex = Math.min(this.#state.activeIndex, Math.max(0, props.items.length - 1));
      this.#set({ ...this.#state, items: props.items, activeIndex, choose: props.command }, props);
    },
    onKeyDown: ({ event }: SuggestionKeyDownProps): boolean => {
      const { items, activeIndex } = this.#state;
      if (!this.#state.open || items.length === 0) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.#set({ ...this.#state, activeIndex: (activeIndex + step + items.length) % items.length });
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        this.#state.choose(items[activeIndex]!);
        return true;
      }
      return false;
    },
    onExit: (props: SuggestionProps<SlashCommand, SlashCommand>) => {
      this.#unmount?.();
      this.#unmount = null;
      this.#set(closed, props);
    },
  });

  #set(state: SlashMenuState, props?: SuggestionProps<SlashCommand, SlashCommand>): void {
    if (props) this.#dom = props.editor.view.dom;
    // Focus stays in the editor, so the editor tells assistive tech which option is active.
    const dom = this.#dom;
    if (dom) {
      if (state.open && state.items.length > 0) {
        dom.setAttribute('aria-controls', this.menuId);
        dom.setAttribute('aria-activedescendant', this.optionId(state.activeIndex));
      } else {
        dom.removeAttribute('aria-controls');
        dom.removeAttribute('aria-activedescendant');
      }
    }
    this.#store.set(state);
  }
}
