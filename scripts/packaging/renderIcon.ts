import { Resvg } from '@resvg/resvg-js';

/** resources/icon.svg as a square PNG of `size` pixels. */
export function renderIcon(svg: Buffer | string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
