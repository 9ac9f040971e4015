import type { z } from 'zod';
import type { Contract } from './contract.ts';

type Groups = keyof Contract;

/** `"candidates.create"` and friends: every method name the contract defines. */
export type MethodName = {
  [Group in Groups]: `${Group & string}.${keyof Contract[Group] & string}`;
}[Groups];

type DefinitionOf<Name extends MethodName> = Name extends `${infer Group}.${infer Method}`
  ? Group extends Groups
    ? Method extends keyof Contract[Group]
      ? Contract[Group][Method]
      : never
    : never
  : never;

/** What a caller may pass (defaults not yet applied). */
export type MethodInput<Name extends MethodName> = z.input<DefinitionOf<Name>['input']>;
/** What a handler receives after validation (defaults applied, strings trimmed). */
export type ParsedInput<Name extends MethodName> = z.output<DefinitionOf<Name>['input']>;
export type MethodOutput<Name extends MethodName> = z.output<DefinitionOf<Name>['output']>;

/** How one call travels. `keepalive`: the call must outlive the page (a save made while the window closes). */
export type CallOptions = { keepalive?: boolean };

/** The renderer-facing API: `api.candidates.create(input)`, or `api.notes.save(input, { keepalive: true })`. */
export type ContractClient = {
  [Group in Groups]: {
    [Method in keyof Contract[Group]]: (
      input: MethodInput<`${Group & string}.${Method & string}` & MethodName>,
      options?: CallOptions,
    ) => Promise<MethodOutput<`${Group & string}.${Method & string}` & MethodName>>;
  };
};
