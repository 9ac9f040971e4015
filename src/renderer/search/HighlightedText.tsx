import type { HighlightSegment } from '../../shared/schemas/highlightSegment.ts';

/** Text with the matched words in <mark>: built from segments, never from HTML, so nothing typed can inject. */
export function HighlightedText({ segments }: { segments: readonly HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.highlight ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
