export type LivePane = 'notes' | 'scorecard';

type Props = {
  pane: LivePane;
  onChange: (pane: LivePane) => void;
  notesId: string;
  scorecardId: string;
};

const tabs: readonly { pane: LivePane; label: string; shortcut: string }[] = [
  { pane: 'notes', label: 'Notes', shortcut: 'Alt+N' },
  { pane: 'scorecard', label: 'Scorecard', shortcut: 'Alt+S' },
];

/**
 * Beside a call there is room for one column, so notes and scorecard are two tabs of it: a click, the arrow
 * keys, or Alt+N / Alt+S from anywhere on the screen switch between them.
 */
export function LivePaneTabs({ pane, onChange, notesId, scorecardId }: Props) {
  return (
    <div
      role="tablist"
      aria-label="Notes and scorecard"
      className="live-pane-tabs"
      onKeyDown={(event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        event.preventDefault();
        const next = pane === 'notes' ? 'scorecard' : 'notes';
        onChange(next);
        event.currentTarget.querySelector<HTMLElement>(`[data-pane="${next}"]`)?.focus();
      }}
    >
      {tabs.map((tab) => (
        <button
          key={tab.pane}
          type="button"
          role="tab"
          data-pane={tab.pane}
          aria-selected={pane === tab.pane}
          aria-controls={tab.pane === 'notes' ? notesId : scorecardId}
          aria-keyshortcuts={tab.shortcut}
          tabIndex={pane === tab.pane ? 0 : -1}
          className="live-pane-tab"
          onClick={() => onChange(tab.pane)}
        >
          {tab.label} <kbd className="live-pane-shortcut">{tab.shortcut}</kbd>
        </button>
      ))}
    </div>
  );
}
