import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/ContractTypes.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { httpTransport } from '../api/httpTransport.ts';
import type { TransportOptions } from '../api/Transport.ts';
import '../api/RapportBridge.ts';

/**
 * Like `api.group.method(input)`, with transport options: a save made while the window closes needs
 * `keepalive` in the web host. In Electron the IPC message reaches the main process either way.
 */
export async function callWithOptions<Name extends MethodName>(
  method: Name,
  input: MethodInput<Name>,
  options: TransportOptions,
): Promise<MethodOutput<Name>> {
  const bridge = window.rapport?.[method];
  const result = bridge ? await bridge(input) : await httpTransport(method, input, options);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<Name>;
}
