// Mail apps and browsers cut long mailto: links; past this the body says to paste the copied text instead.
const longestLink = 1800;

/** A mailto: link with the subject and the body, encoded so no character of the text can change the link. */
export function mailtoLink(email: string | null, subject: string, body: string): string {
  const address = email ? encodeURIComponent(email).replace(/%40/g, '@') : '';
  const link = `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  if (link.length <= longestLink) return link;
  const note = 'The feedback is too long for a mail link: paste it here from Rapport (Copy).';
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(note)}`;
}
