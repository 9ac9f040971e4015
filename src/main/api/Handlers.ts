import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/ContractTypes.ts';

/** One function per contract method, receiving input that has already passed its schema. */
export type Handlers = {
  [Name in MethodName]: (input: ParsedInput<Name>) => MethodOutput<Name> | Promise<MethodOutput<Name>>;
};
