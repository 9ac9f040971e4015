import { StorageError } from './StorageError.ts';

/** The change clashes with what is stored: a taken email, a row in the Trash, a newer save from another window. */
export class ConflictError extends StorageError {
  override readonly name = 'ConflictError';
}
