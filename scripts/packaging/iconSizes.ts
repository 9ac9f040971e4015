/** The square sizes, in pixels, of the Linux icons (resources/icons/NxN.png) that hicolor themes and AppImage use. */
export const iconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
