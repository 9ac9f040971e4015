import type { ApiResult } from '../../shared/contract/ApiError.ts';

/** Carries one call to the backend: Electron IPC in the desktop app, HTTP in the web host. */
export type Transport = (
  method: string,
  input: unknown,
  options?: TransportOptions,
) => Promise<ApiResult<unknown>>;

/** `keepalive`: the call must outlive the page (a save made while the window closes). */
export type TransportOptions = { keepalive?: boolean };
