export type TimestampOptions = {
  /** Whole seconds into the running call, or null with no call: the editor is handed the app's call clock. */
  elapsedSeconds: () => number | null;
};
