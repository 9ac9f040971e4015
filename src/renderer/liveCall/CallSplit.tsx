import { useId, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

const storageKey = 'rapport.callSplit';
const minimum = 25;
const maximum = 75;
const step = 5;

function initialShare(): number {
  try {
    const stored = Number(localStorage.getItem(storageKey));
    if (stored >= minimum && stored <= maximum) return stored;
  } catch {
    // No storage: use the default.
  }
  return 55;
}

/**
 * The call and the notes side by side, with a separator between them that can be dragged, or moved with the
 * arrow keys (Home/End for the limits). The call's share of the width is remembered. With no call, `header`
 * sits above the notes instead. The notes keep their place in the tree either way: remounting the editor when
 * a call opens or closes would reset it to the document it was loaded with.
 */
export function CallSplit({
  call,
  header,
  notes,
}: {
  call: ReactNode | null;
  header?: ReactNode;
  notes: ReactNode;
}) {
  const [share, setShare] = useState(initialShare);
  const container = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const callPaneId = useId();

  const change = (next: number) => {
    const clamped = Math.round(Math.min(maximum, Math.max(minimum, next)));
    setShare(clamped);
    try {
      localStorage.setItem(storageKey, String(clamped));
    } catch {
      // Not remembered; still applied.
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: share - step,
      ArrowDown: share - step,
      ArrowRight: share + step,
      ArrowUp: share + step,
      Home: minimum,
      End: maximum,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    change(next);
  };

  const onPointerMove = (event: PointerEvent) => {
    const box = container.current?.getBoundingClientRect();
    if (!dragging.current || !box || box.width === 0) return;
    change(((event.clientX - box.left) / box.width) * 100);
  };

  return (
    <div
      ref={container}
      className={call ? 'call-split' : 'interview-call-area'}
      style={
        call ? { gridTemplateColumns: `minmax(0, ${share}fr) auto minmax(0, ${100 - share}fr)` } : undefined
      }
    >
      {call ? (
        <div id={callPaneId} className="call-split-pane">
          {call}
        </div>
      ) : (
        header
      )}
      {call ? (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label="Resize call and notes"
          aria-controls={callPaneId}
          aria-valuemin={minimum}
          aria-valuemax={maximum}
          aria-valuenow={share}
          aria-valuetext={`Call ${share}% of the width`}
          tabIndex={0}
          className="call-split-separator"
          onKeyDown={onKeyDown}
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
          }}
          onPointerMove={onPointerMove}
          onPointerUp={(event) => {
            dragging.current = false;
            event.currentTarget.releasePointerCapture(event.pointerId);
          }}
          onPointerCancel={() => (dragging.current = false)}
          onLostPointerCapture={() => (dragging.current = false)}
        />
      ) : null}
      <div className={call ? 'call-split-pane' : undefined}>{notes}</div>
    </div>
  );
}
