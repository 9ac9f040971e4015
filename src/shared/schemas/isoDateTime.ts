import { z } from 'zod';

/** Timestamps travel and are stored as ISO-8601 UTC strings, so they sort as text and read well in sqlite3. */
export const isoDateTime = z.iso.datetime({ offset: true });
