import type { Editor } from '@tiptap/core';
import type { EvidenceAttribute } from './EvidenceAttribute.ts';
import { useToolbarMenu } from './useToolbarMenu.ts';

type Props = {
  editor: Editor;
  attributes: readonly EvidenceAttribute[];
  /** Nothing selected: there is no passage to tag. */
  disabled: boolean;
  /** The selection is already tagged, so "Remove tag" is offered. */
  tagged: boolean;
};

/** "Tag as evidence": a menu of the kit's attributes, grouped by category, for the selected passage. */
export function EvidenceMenu({ editor, attributes, disabled, tagged }: Props) {
  const { open, setOpen, button, menu, menuId, onKeyDown } = useToolbarMenu('menuitem');
  const categories = [...new Set(attributes.map((attribute) => attribute.category))];

  // Focus goes back to the editor now, not on the next frame (tiptap's focus()), so the next key lands there.
  function finish() {
    setOpen(false);
    editor.view.focus();
  }

  function tag(attributeId: string) {
    editor.chain().setMark('evidence', { attributeId }).run();
    finish();
  }

  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="toolbar-button toolbar-button-text"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled || attributes.length === 0}
        title={
          attributes.length === 0
            ? 'This interview has no scorecard attributes'
            : 'Select a passage, then tag it'
        }
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((value) => !value)}
      >
        Tag as evidence
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Scorecard attributes"
          className="menu"
          onKeyDown={onKeyDown}
        >
          {categories.map((category) => (
            <div key={category} role="group" aria-label={category} className="menu-group">
              <p className="menu-group-label" aria-hidden="true">
                {category}
              </p>
              {attributes
                .filter((attribute) => attribute.category === category)
                .map((attribute) => (
                  <button
                    key={attribute.id}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className="menu-item"
                    onClick={() => tag(attribute.id)}
                  >
                    {attribute.name}
                  </button>
                ))}
            </div>
          ))}
          {tagged && (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item menu-item-danger"
              onClick={() => {
                editor.chain().extendMarkRange('evidence').unsetMark('evidence').run();
                finish();
              }}
            >
              Remove tag
            </button>
          )}
        </div>
      )}
    </div>
  );
}
