/** A name as a safe piece of a file name: ASCII letters and digits joined by hyphens, "candidate" when none are left. */
export function fileNameSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'candidate'
  );
}
