import { ExternalStore } from '../../shared/store/ExternalStore.ts';

/**
 * Whether a call session is open (lobby, live or just ended). The call layer sets it; the shell reads it to
 * load the call dock only once there is a call, so the call engine stays out of the first screen's code.
 */
export const callPresence = new ExternalStore<boolean>(false);
