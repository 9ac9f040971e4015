/** A screen or window the person can share, as the picker shows it. */
export type ScreenSource = { id: string; name: string; kind: 'screen' | 'window'; thumbnailDataUrl: string };
