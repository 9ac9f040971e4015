import type { ApiResult } from '../../shared/contract/ApiError.ts';

/** What the preload exposes as `window.rapport`: one function per contract method, nothing else. */
export type RapportBridge = Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;

declare global {
  interface Window {
    rapport?: RapportBridge;
  }
}
