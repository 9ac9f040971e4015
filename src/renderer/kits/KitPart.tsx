import type { ReactNode } from 'react';

/** One section, question, category or attribute of the kit: a fieldset with its own actions. */
export function KitPart({
  legend,
  actions,
  children,
}: {
  legend: string;
  actions: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="kit-part">
      <legend className="kit-part-legend">{legend}</legend>
      <div className="kit-part-actions">{actions}</div>
      {children}
    </fieldset>
  );
}
