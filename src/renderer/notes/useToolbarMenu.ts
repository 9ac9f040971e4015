import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** The menu's items that are shown: a container query hides the ones whose buttons the toolbar still has. */
function shownItems(menu: HTMLElement | null, selector: string): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>(selector) ?? [])].filter(
    (item) => item.checkVisibility?.() ?? true,
  );
}

/**
 * A toolbar button's menu: open state, the refs, focus on the first item when it opens, a click outside closes
 * it, and its keys (arrows, Home and End move between items of `itemRole`; Escape and Tab close it, back to
 * the button).
 */
export function useToolbarMenu(itemRole: 'menuitem' | 'menuitemcheckbox' | 'menuitem, menuitemcheckbox') {
  // Items of either role, when a menu mixes toggles with actions.
  const selector = itemRole
    .split(', ')
    .map((role) => `[role="${role}"]`)
    .join(', ');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    shownItems(menu.current, selector)[0]?.focus();
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open, selector]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = shownItems(menu.current, selector);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      button.current?.focus();
    } else return;
    event.preventDefault();
  }

  return { open, setOpen, button, menu, menuId, onKeyDown };
}
