/** How stage names compare in an import: without case, accents or surrounding spaces. */
export function foldStageName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}
