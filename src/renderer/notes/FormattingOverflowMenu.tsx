import { useToolbarMenu } from './useToolbarMenu.ts';

/** A formatting toggle (`checked`), or an action (no `checked`, such as "Follow up on this"). */
export type OverflowItem = {
  label: string;
  checked?: boolean;
  disabled?: boolean;
  /** Offered only where the toolbar hides its own button, the narrowest step (notes.css). */
  narrowOnly?: boolean;
  run: () => void;
};

/**
 * "More formatting": where the toolbar has no room for every button, the ones it hides are offered here, so the
 * toolbar keeps one row. Arrow keys move, Enter or Space applies, Escape closes.
 */
export function FormattingOverflowMenu({
  items,
  onDone,
}: {
  items: readonly OverflowItem[];
  onDone: () => void;
}) {
  const { open, setOpen, button, menu, menuId, onKeyDown } = useToolbarMenu('menuitem, menuitemcheckbox');

  return (
    <div className="menu-anchor toolbar-more">
      <button
        ref={button}
        type="button"
        className="toolbar-button toolbar-button-text"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label="More formatting"
        title="More formatting"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((value) => !value)}
      >
        More
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="More formatting"
          className="menu toolbar-more-menu"
          onKeyDown={onKeyDown}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              // aria-disabled, not disabled: it stays reachable by the arrow keys and says why it does nothing.
              aria-disabled={item.disabled || undefined}
              tabIndex={-1}
              className={item.narrowOnly ? 'menu-item menu-item-narrow-only' : 'menu-item'}
              onClick={() => {
                if (item.disabled) return;
                item.run();
                setOpen(false);
                onDone();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
