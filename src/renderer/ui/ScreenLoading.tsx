/** Shown while a screen's code loads: named for assistive tech, and delayed by CSS so fast loads never flash. */
export function ScreenLoading() {
  return (
    <div className="loading" role="progressbar" aria-label="Loading the screen">
      Loading…
    </div>
  );
}
