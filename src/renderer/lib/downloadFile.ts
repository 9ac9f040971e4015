/** Offers text or bytes as a file download: a save dialog in Electron, the downloads bar in a browser. */
export function downloadFile(
  fileName: string,
  content: string | Uint8Array<ArrayBuffer>,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: the download may start after this function returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
