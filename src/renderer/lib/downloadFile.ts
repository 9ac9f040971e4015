/** Offers text as a file download: a save dialog in Electron, the downloads bar in a browser. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
