/**
 * Where the import worker's entry is: beside this module when it runs from source (the web host and tests, via
 * Node's type stripping), or the bundle's own `importWorker.js` beside `out/main/index.js` in the desktop app.
 */
export function importWorkerUrl(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './importWorker.ts' : './importWorker.js', import.meta.url);
}
