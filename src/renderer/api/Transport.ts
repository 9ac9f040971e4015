import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { CallOptions } from '../../shared/contract/ContractTypes.ts';

/** Carries one call to the backend: Electron IPC in the desktop app, HTTP in the web host, a router in tests. */
export type Transport = (method: string, input: unknown, options: CallOptions) => Promise<ApiResult<unknown>>;
