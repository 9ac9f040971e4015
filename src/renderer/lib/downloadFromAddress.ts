/**
 * Downloads what the backend serves at `address` (same origin): for files too large to pass through memory,
 * such as an export with recordings. The browser streams it to disk; Electron asks where to save it.
 */
export function downloadFromAddress(fileName: string, address: string): void {
  const link = document.createElement('a');
  link.href = address;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
