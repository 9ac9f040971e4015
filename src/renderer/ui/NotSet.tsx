/** A visible dash for an empty value that screen readers hear as "Not set" rather than "dash". */
export function NotSet() {
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Not set</span>
    </span>
  );
}
