import type { z } from 'zod';

/** A backend method: the schema its input must pass and the shape of what it returns. */
export type MethodDefinition<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> = {
  readonly input: Input;
  readonly output: Output;
  readonly description: string;
};

export function defineMethod<Input extends z.ZodType, Output extends z.ZodType>(definition: {
  input: Input;
  output: Output;
  description: string;
}): MethodDefinition<Input, Output> {
  return definition;
}
