import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { Transport } from './Transport.ts';

/** The web host's transport: the token travels in an HttpOnly cookie set when the page first loaded. */
export const httpTransport: Transport = async (method, input) => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: 'Rapport’s web host is not reachable. Is it still running?' },
    };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Unexpected reply from the web host (${response.status}).` } };
  }
};
