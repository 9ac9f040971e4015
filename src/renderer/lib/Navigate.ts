import type { Route } from './Route.ts';

/** Goes to a place in the app; screens get it from the shell, which keeps the route in the address. */
export type Navigate = (route: Exclude<Route, { name: 'notFound' }>) => void;
