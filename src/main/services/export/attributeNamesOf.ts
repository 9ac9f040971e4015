import type { Interview } from '../../../shared/schemas/interview.ts';

/** Attribute id → name, from the interview's own copy of its kit. */
export function attributeNamesOf(interview: Interview): Map<string, string> {
  const names = new Map<string, string>();
  for (const category of interview.kit?.definition.attributeCategories ?? []) {
    for (const attribute of category.attributes) names.set(attribute.id, attribute.name);
  }
  return names;
}
