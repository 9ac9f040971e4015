// `npm run icons`: renders resources/icon.svg to the PNGs electron-builder wants; the outputs are committed.
// resources/icon.png (1024 px) becomes the macOS .icns and the Windows .ico; resources/icons/NxN.png are Linux's.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { iconSizes } from './packaging/iconSizes.ts';
import { renderIcon } from './packaging/renderIcon.ts';

const resources = path.resolve(import.meta.dirname, '..', 'resources');
const svg = readFileSync(path.join(resources, 'icon.svg'));
const render = (size: number) => renderIcon(svg, size);

mkdirSync(path.join(resources, 'icons'), { recursive: true });
for (const size of iconSizes)
  writeFileSync(path.join(resources, 'icons', `${size}x${size}.png`), render(size));
writeFileSync(path.join(resources, 'icon.png'), render(1024));
console.log(`Wrote resources/icon.png and ${iconSizes.length} sizes in resources/icons/.`);
