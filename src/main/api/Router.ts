import type { z } from 'zod';
import type { ApiFieldIssue, ApiResult } from '../../shared/contract/ApiError.ts';
import { contract } from '../../shared/contract/contract.ts';
import type { MethodDefinition } from '../../shared/contract/defineMethod.ts';
import type { Handlers } from './Handlers.ts';
import { toApiError } from './toApiError.ts';

export type Router = {
  /** Never throws: every outcome, including a bug in a handler, comes back as an ApiResult. */
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
};

function lookUp(method: unknown): MethodDefinition | undefined {
  if (typeof method !== 'string' || method.length > 100) return undefined;
  const [group, name, ...rest] = method.split('.');
  if (!group || !name || rest.length > 0) return undefined;
  if (!Object.hasOwn(contract, group)) return undefined;
  const methods = contract[group as keyof typeof contract] as Record<string, MethodDefinition>;
  return Object.hasOwn(methods, name) ? methods[name] : undefined;
}

function toIssues(error: z.ZodError): ApiFieldIssue[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message.slice(0, 500),
  }));
}

/** Validates every call against the contract before a handler sees it; the one gate all transports share. */
export function createRouter(
  handlers: Handlers,
  onInternalError: (error: unknown) => void = console.error,
): Router {
  return {
    async call(method, input) {
      const definition = lookUp(method);
      if (!definition) {
        return { ok: false, error: { code: 'unknown_method', message: 'There is no such method.' } };
      }
      const parsed = definition.input.safeParse(input);
      if (!parsed.success) {
        const issues = toIssues(parsed.error);
        const first = issues[0];
        const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid input.';
        return { ok: false, error: { code: 'invalid_input', message, issues } };
      }
      try {
        const handler = handlers[method as keyof Handlers] as (value: unknown) => unknown;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        const expected = toApiError(error);
        // A full disk or a damaged file is no bug, but whoever reads the log needs to see it.
        if (!expected || expected.code === 'disk_full' || expected.code === 'database_damaged')
          onInternalError(error);
        return {
          ok: false,
          error: expected ?? {
            code: 'internal',
            message: 'Something went wrong inside Rapport. Nothing was changed.',
          },
        };
      }
    },
  };
}
