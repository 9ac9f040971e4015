import type { RowRecorder } from '../measure/RowRecorder.ts';
import { percentile } from '../measure/percentile.ts';
import type { BackendCall } from './BackendCall.ts';
import { watchDuringImport } from './watchDuringImport.ts';

const idleCalls = 200;
const partBytes = 512 * 1024;
const mebibyte = 1024 * 1024;

/**
 * A 100,000-row import the way the import screen runs it (uploaded in parts, imported by the worker), with an
 * `app.info` call every 20 ms throughout: p95 of those against `app.info` on the same idle backend, and the
 * process's peak resident memory against where it stood before the upload.
 */
export async function measureImportResponsiveness(options: {
  call: BackendCall;
  csv: string;
  rows: number;
  recorder: RowRecorder;
}): Promise<number> {
  const { call, csv, rows, recorder } = options;
  const idle: number[] = [];
  for (let index = 0; index < idleCalls; index += 1) {
    const start = performance.now();
    await call('app.info', {});
    idle.push(performance.now() - start);
  }
  const bytes = Buffer.from(csv, 'utf8');
  const rssBefore = process.memoryUsage.rss();
  const watch = watchDuringImport(call);
  const start = performance.now();
  let uploadId: string | undefined;
  for (let offset = 0; offset < bytes.length; offset += partBytes) {
    const result = (await call('candidates.importUpload', {
      ...(uploadId ? { uploadId } : {}),
      offset,
      data: bytes.subarray(offset, offset + partBytes).toString('base64'),
    })) as { uploadId: string };
    uploadId = result.uploadId;
  }
  const report = (await call('candidates.import', { uploadId })) as { imported: number };
  const importMs = performance.now() - start;
  const { latencies, peakRss } = await watch.stop();
  if (report.imported !== rows) throw new Error(`the worker imported ${report.imported} of ${rows} rows`);

  recorder.add(
    {
      figure: `app.info p95 during a ${rows.toLocaleString('en')}-row import (${latencies.length} calls)`,
      value: percentile(latencies, 0.95),
      unit: 'ms',
      baseline: percentile(idle, 0.95),
      target: '< 50 ms',
    },
    (row) => row.value < 50,
  );
  recorder.add(
    {
      figure: `peak RSS during the ${rows.toLocaleString('en')}-row import (upload + worker)`,
      value: peakRss / mebibyte,
      unit: 'MiB',
      baseline: rssBefore / mebibyte,
      target: '≤ before + 256 MiB',
    },
    (row) => row.value <= (row.baseline ?? 0) + 256,
  );
  return importMs;
}
