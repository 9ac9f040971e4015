import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { Transport } from './Transport.ts';

/** The backend's router as a transport sees it: every outcome comes back as an ApiResult. */
type Router = { call(method: string, input: unknown): Promise<ApiResult<unknown>> };

/** Calls a router in the same process: for tests, which run the real client against a real or fake backend. */
export function directTransport(router: Router): Transport {
  return (method, input) => router.call(method, input);
}
