import { lazy, type ComponentType } from 'react';

/** A screen loaded with its own chunk the first time it is shown; `name` is its named export. */
export function lazyScreen<
  Module extends Record<Name, ComponentType<never>>,
  Name extends keyof Module & string,
>(load: () => Promise<Module>, name: Name): Module[Name] {
  return lazy(async () => ({ default: (await load())[name] })) as unknown as Module[Name];
}
