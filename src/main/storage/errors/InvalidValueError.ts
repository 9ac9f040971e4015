import { StorageError } from './StorageError.ts';

/** A value that passed the schema but cannot be stored: an unknown stage, a deleted kit, a note over the size limit. */
export class InvalidValueError extends StorageError {
  override readonly name = 'InvalidValueError';
}
