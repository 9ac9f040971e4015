import { api } from '../api/api.ts';

/** The most one importUpload call takes: 512 KiB of bytes (about 683 KiB as base64). */
const partBytes = 512 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Small steps keep String.fromCharCode's argument list far below the engine's limit.
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * Sends a file to the backend a part at a time, as bytes (so the backend can tell its encoding), never holding
 * more than one part in memory; returns the upload's id. `signal` stops it between parts.
 */
export async function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  let uploadId: string | undefined;
  for (let offset = 0; offset === 0 || offset < file.size; offset += partBytes) {
    signal?.throwIfAborted();
    const bytes = new Uint8Array(await file.slice(offset, offset + partBytes).arrayBuffer());
    const result = await api.candidates.importUpload({
      ...(uploadId ? { uploadId } : {}),
      offset,
      data: toBase64(bytes),
    });
    uploadId = result.uploadId;
    onProgress(file.size === 0 ? 1 : Math.min(1, (offset + bytes.length) / file.size));
  }
  return uploadId!;
}
