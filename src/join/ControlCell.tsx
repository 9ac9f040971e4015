import type { ReactNode } from 'react';
import { Icon, type IconName } from '../renderer/ui/Icon.tsx';

type Props = {
  icon: IconName;
  label: string;
  /** What a tap will do, when the short label does not say it all; it contains the label. */
  name?: string;
  toggled?: boolean;
  className?: string;
  expanded?: boolean;
  onClick: () => void;
  children?: ReactNode;
};

/** One cell of the call's control bar: an icon over a short label, its size fixed by the bar, not the label. */
export function ControlCell({ icon, label, name, toggled, className, expanded, onClick, children }: Props) {
  return (
    <button
      type="button"
      className={className ? `join-control ${className}` : 'join-control'}
      data-toggled={toggled || undefined}
      aria-label={name}
      aria-expanded={expanded}
      onClick={onClick}
    >
      <Icon name={icon} />
      <span className="join-control-label">{label}</span>
      {children}
    </button>
  );
}
