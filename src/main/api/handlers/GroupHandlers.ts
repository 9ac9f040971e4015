import type { MethodName } from '../../../shared/contract/ContractTypes.ts';
import type { Handlers } from '../Handlers.ts';

/** The handlers of one contract group, e.g. every `candidates.*` method. */
export type GroupHandlers<Group extends string> = Pick<Handlers, Extract<MethodName, `${Group}.${string}`>>;
