import { expect, it } from 'vitest';
import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { CallOptions } from '../../shared/contract/ContractTypes.ts';
import { ApiCallError } from './ApiCallError.ts';
import { createClient } from './createClient.ts';
import { ipcTransport } from './ipcTransport.ts';
import type { Transport } from './Transport.ts';

it('sends each method over the one transport, with its per-call options', async () => {
  const sent: Array<{ method: string; input: unknown; options: CallOptions }> = [];
  const transport: Transport = async (method, input, options) => {
    sent.push({ method, input, options });
    return { ok: true, value: 'stored' };
  };
  const client = createClient(transport);
  await expect(client.stages.list({})).resolves.toBe('stored');
  await client.notes.get({ id: 'n1' }, { keepalive: true });
  expect(sent).toEqual([
    { method: 'stages.list', input: {}, options: {} },
    { method: 'notes.get', input: { id: 'n1' }, options: { keepalive: true } },
  ]);
});

it('rejects a refusal with ApiCallError, fields and all', async () => {
  const client = createClient(async () => ({
    ok: false,
    error: {
      code: 'invalid_input',
      message: 'name: Required',
      issues: [{ path: 'name', message: 'Required' }],
    },
  }));
  const refusal = await client.candidates.create({ name: '' }).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(ApiCallError);
  expect((refusal as ApiCallError).fieldErrors()).toEqual({ name: 'Required' });
});

it('answers unknown_method over IPC when the bridge lacks the method', async () => {
  const bridge = { 'stages.list': async (): Promise<ApiResult<unknown>> => ({ ok: true, value: [] }) };
  const client = createClient(ipcTransport(bridge));
  await expect(client.stages.list({})).resolves.toEqual([]);
  const refusal = await client.notes.get({ id: 'n1' }).catch((error: unknown) => error);
  expect((refusal as ApiCallError).code).toBe('unknown_method');
});

it('shows every refusal to onFailure before rejecting, so a damaged database reaches the shell from any call', async () => {
  const seen: string[] = [];
  const damaged = { code: 'database_damaged' as const, message: 'rapport.sqlite3 is damaged' };
  const client = createClient(
    async () => ({ ok: false, error: damaged }),
    (error) => seen.push(error.code),
  );
  await expect(client.candidates.create({ name: 'Ada' })).rejects.toMatchObject({ code: 'database_damaged' });
  await expect(client.notes.get({ id: 'n1' })).rejects.toBeInstanceOf(ApiCallError);
  expect(seen).toEqual(['database_damaged', 'database_damaged']);
});
