/** A compact action beside a part of the kit (move, add, remove). */
export function SmallButton({
  label,
  onClick,
  disabled,
  danger,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
}) {
  return (
    <button
      type="button"
      className={danger ? 'button button-small button-danger-quiet' : 'button button-small'}
      onClick={onClick}
      disabled={disabled}
    >
      {label}
    </button>
  );
}
