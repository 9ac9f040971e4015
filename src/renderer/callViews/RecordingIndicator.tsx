/** REC, on both sides while the call is being recorded; its words say what the red dot means. */
export function RecordingIndicator() {
  return (
    <span className="recording-indicator" role="status" title="This call is being recorded">
      <span className="recording-dot" aria-hidden="true" />
      REC
    </span>
  );
}
