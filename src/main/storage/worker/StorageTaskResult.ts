/** What a worker answers. `problems` empty means the check passed; `failure` means it could not run at all. */
export type StorageTaskResult =
  | { ok: true; problems: string[]; schemaVersion: number }
  | { ok: false; failure: { code: string; message: string } };
