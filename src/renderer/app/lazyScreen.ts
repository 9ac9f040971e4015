import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A screen loaded with its own chunk the first time it is shown. */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => ({ default: await load() }));
}
