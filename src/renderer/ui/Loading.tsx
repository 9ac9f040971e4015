/** A quiet placeholder; CSS delays it so fast loads never flash. Not a live region: status is for outcomes. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <p className="loading">{label}</p>;
}
