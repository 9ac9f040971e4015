import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { Transport } from './Transport.ts';

// Browsers refuse keepalive requests whose bodies add up to more than 64 KiB.
const keepaliveLimitBytes = 60_000;

/** The web host's transport: the token travels in an HttpOnly cookie set when the page first loaded. */
export const httpTransport: Transport = async (method, input, options) => {
  let response: Response;
  try {
    const body = JSON.stringify(input);
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      credentials: 'same-origin',
      // A larger body is sent normally and may not outlive the page.
      keepalive: options.keepalive === true && new TextEncoder().encode(body).length < keepaliveLimitBytes,
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
    return {
      ok: false,
      error: { code: 'internal', message: `Unexpected reply from the web host (${response.status}).` },
    };
  }
};
