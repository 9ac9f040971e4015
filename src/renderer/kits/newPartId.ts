/** A fresh id for a section, question, category or attribute; kit ids only need to be unique within the kit. */
export function newPartId(): string {
  return crypto.randomUUID();
}
