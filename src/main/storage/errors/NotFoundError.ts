import { StorageError } from './StorageError.ts';

/** The row asked for does not exist (or is hidden, such as an interview in the Trash). */
export class NotFoundError extends StorageError {
  override readonly name = 'NotFoundError';
}
