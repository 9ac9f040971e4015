/** One call through our router that returns the value, or throws with the error's message. */
export type BackendCall = (method: string, input: unknown) => Promise<unknown>;
