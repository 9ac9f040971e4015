import { createReadStream } from 'node:fs';
import type { CsvEncoding } from '../../../shared/csv/csvEncodings.ts';
import { csvImportLimits } from '../../../shared/csv/csvImportLimits.ts';
import type { CsvRecord } from '../../../shared/csv/CsvRecord.ts';
import { CsvStreamParser } from '../../../shared/csv/CsvStreamParser.ts';
import type { CsvDelimiter } from '../../../shared/csv/CsvDelimiter.ts';
import { ApiFailure } from '../../api/ApiFailure.ts';
import { ImportCancelled } from './ImportCancelled.ts';

const chunkBytes = 256 * 1024;

/**
 * Streams a CSV file through the decoder and the bounded parser, handing over one record at a time, so memory
 * holds a chunk and a record however large the file (or one of its rows) is. Cancel is checked per chunk.
 */
export async function readCsvFile(options: {
  file: string;
  encoding: CsvEncoding;
  onRecord: (record: CsvRecord) => void;
  onBytes?: (bytesRead: number) => void;
  cancelled?: () => boolean;
}): Promise<{ delimiter: CsvDelimiter }> {
  // The WHATWG decoder drops a byte-order mark of its own encoding and turns bad bytes into U+FFFD.
  const decoder = new TextDecoder(options.encoding);
  const parser = new CsvStreamParser(options.onRecord, { limits: csvImportLimits });
  let bytesRead = 0;
  for await (const chunk of createReadStream(options.file, { highWaterMark: chunkBytes })) {
    if (options.cancelled?.()) throw new ImportCancelled();
    const bytes = chunk as Buffer;
    parser.push(decoder.decode(bytes, { stream: true }));
    bytesRead += bytes.length;
    options.onBytes?.(bytesRead);
  }
  parser.push(decoder.decode());
  const error = parser.end();
  if (error) {
    const message = `${error.message} Nothing was imported; fix the file and try again.`;
    throw new ApiFailure('invalid_input', message, [{ path: 'csv', message }]);
  }
  return { delimiter: parser.delimiter ?? ',' };
}
