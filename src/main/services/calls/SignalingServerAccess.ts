/** Where to create rooms, and the key that allows it. The key never leaves the main process. */
export type SignalingServerAccess = { url: string; key: string };
