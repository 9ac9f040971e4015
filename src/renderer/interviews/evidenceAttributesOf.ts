import type { Interview } from '../../shared/schemas/interview.ts';
import type { EvidenceAttribute } from '../notes/EvidenceAttribute.ts';

/** The interview kit's scorecard attributes, flattened with their category, in kit order. */
export function evidenceAttributesOf(interview: Interview): EvidenceAttribute[] {
  return (interview.kit?.definition.attributeCategories ?? []).flatMap((category) =>
    category.attributes.map((attribute) => ({
      id: attribute.id,
      name: attribute.name,
      category: category.name,
    })),
  );
}
