import type { ApiError } from '../../shared/contract/ApiError.ts';
import type { CallOptions, ContractClient } from '../../shared/contract/ContractTypes.ts';
import { methodNames } from '../../shared/contract/methodNames.ts';
import { ApiCallError } from './ApiCallError.ts';
import type { Transport } from './Transport.ts';

/**
 * Builds `api.group.method(input, options?)` for every contract method over one transport, chosen once by the
 * caller. A refusal rejects with ApiCallError, after `onFailure` has seen it.
 */
export function createClient(
  transport: Transport,
  onFailure: (error: ApiError) => void = () => {},
): ContractClient {
  const client: Record<
    string,
    Record<string, (input: unknown, options?: CallOptions) => Promise<unknown>>
  > = {};
  for (const name of methodNames) {
    const [group, method] = name.split('.') as [string, string];
    client[group] ??= {};
    client[group][method] = async (input: unknown, options: CallOptions = {}) => {
      const result = await transport(name, input ?? {}, options);
      if (!result.ok) {
        onFailure(result.error);
        throw new ApiCallError(result.error);
      }
      return result.value;
    };
  }
  return client as unknown as ContractClient;
}
