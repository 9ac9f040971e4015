import type { Stage } from '../../shared/schemas/stage.ts';

/** The stage as a tinted pill; the name carries the meaning and the colour only repeats it. */
export function StageBadge({ stage, fallbackId }: { stage: Stage | undefined; fallbackId: string }) {
  return (
    <span className="badge" data-kind={stage?.kind ?? 'open'}>
      {stage?.name ?? fallbackId}
    </span>
  );
}
