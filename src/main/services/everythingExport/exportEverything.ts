import type { Repositories } from '../../storage/repositories/Repositories.ts';
import { writeEverythingExport } from './writeEverythingExport.ts';

/**
 * "Export everything" without recordings, as one zip in memory: small enough to travel back as the answer to
 * the call. With recordings, ExportFiles writes the same stream to a file instead.
 */
export async function exportEverything(
  repositories: Repositories,
  now = new Date(),
): Promise<{ fileName: string; zip: Uint8Array }> {
  const chunks: Uint8Array[] = [];
  const { fileName } = await writeEverythingExport({
    repositories,
    recordings: null,
    now,
    write: (chunk) => chunks.push(chunk),
  });
  return { fileName, zip: Buffer.concat(chunks) };
}
