import type { ScreenSource } from './ScreenSource.ts';

/** Where the picker's form goes: never loaded, only read from the navigation the main process stops. */
export const screenPickerAction = 'https://screen-picker.rapport.invalid/choose';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The picker as one self-contained page (a data: URL): no script at all, only a form whose buttons name a source
 * or "Cancel". Thumbnails are data: images. Its CSP allows nothing else.
 */
export function screenPickerPage(sources: readonly ScreenSource[]): string {
  const buttons = sources
    .map(
      (source) => `<li><button type="submit" name="source" value="${escape(source.id)}">
<img src="${escape(source.thumbnailDataUrl)}" alt="" width="240" height="135">
<span>${source.kind === 'screen' ? 'Screen: ' : 'Window: '}${escape(source.name)}</span></button></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action ${screenPickerAction}">
<title>Choose what to share</title>
<style>
body{font:15px system-ui,sans-serif;margin:16px;color:#1c1c1e;background:#fff}
ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}
button{display:flex;flex-direction:column;gap:6px;width:100%;padding:8px;border:1px solid #c7c7cc;border-radius:8px;background:#f7f7f8;font:inherit;text-align:left;cursor:pointer}
button:focus-visible{outline:3px solid #0a66c2;outline-offset:2px}
img{width:100%;height:auto;background:#000;border-radius:4px}
@media (prefers-color-scheme:dark){body{color:#f2f2f7;background:#1c1c1e}button{background:#2c2c2e;border-color:#48484a}}
</style></head>
<body><main><h1>Choose what to share</h1>
<form method="get" action="${screenPickerAction}">
${sources.length === 0 ? '<p>There is nothing to share: no screen or window was found.</p>' : `<ul aria-label="Screens and windows">${buttons}</ul>`}
<p><button type="submit" name="cancel" value="1">Cancel</button></p>
</form></main></body></html>`;
}
