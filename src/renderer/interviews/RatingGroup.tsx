import { useId } from 'react';
import { ratingLabels } from '../../shared/schemas/ratingLabels.ts';
import { ratings, type Rating } from '../../shared/schemas/rating.ts';

type Props = {
  /** The group's accessible name, e.g. the attribute. */
  label: string;
  description?: string;
  name: string;
  value: Rating | null;
  onChange: (value: Rating) => void;
  headingLevel?: 'h3' | 'h4';
  /** A submitted scorecard: the rating shows but cannot change until the card is opened for editing. */
  disabled?: boolean;
};

/**
 * One rating as native radio buttons: Tab reaches the group, arrow keys move and select, so every rating can be
 * set from the keyboard alone.
 */
export function RatingGroup({
  label,
  description,
  name,
  value,
  onChange,
  headingLevel = 'h4',
  disabled = false,
}: Props) {
  const id = useId();
  const Heading = headingLevel;
  return (
    <div className="rating-group">
      <Heading id={`${id}-label`} className="rating-label">
        {label}
      </Heading>
      {description && (
        <p id={`${id}-description`} className="rating-description">
          {description}
        </p>
      )}
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
        className="rating-options"
      >
        {ratings.map((rating) => (
          <label key={rating} className="rating-option" data-rating={rating}>
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              disabled={disabled}
              onChange={() => onChange(rating)}
            />
            <span>{ratingLabels[rating]}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
