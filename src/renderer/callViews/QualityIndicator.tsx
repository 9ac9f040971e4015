import { useId, useState } from 'react';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import type { QualityLevel } from '../callEngine/quality/QualityReport.ts';
import { describeQuality, qualityLevelName } from './describeQuality.ts';

const order: readonly QualityLevel[] = ['good', 'fair', 'poor'];

/**
 * "Connection: Good / Fair / Poor", the worse of what this side receives and what the other side reports it
 * receives; the figures of both show on hover and on focus (and stay open on click, for touch screens).
 */
export function QualityIndicator({ snapshot, otherSide }: { snapshot: CallSnapshot; otherSide: string }) {
  const [pinned, setPinned] = useState(false);
  const tipId = useId();
  const { local, remote } = snapshot.quality;
  if (!local && !remote) return null;
  const level = [local?.level ?? 'good', remote?.level ?? 'good'].reduce((worst, next) =>
    order.indexOf(next) > order.indexOf(worst) ? next : worst,
  );
  return (
    <div className="quality" data-open={pinned ? 'true' : undefined}>
      <button
        type="button"
        className="button button-small quality-badge"
        data-level={level}
        aria-describedby={tipId}
        aria-expanded={pinned}
        onClick={() => setPinned(!pinned)}
      >
        <span className="quality-dot" aria-hidden="true" />
        Connection: {qualityLevelName(level)}
      </button>
      <div role="tooltip" id={tipId} className="quality-tip">
        <p>Here: {describeQuality(local)}</p>
        <p>
          {otherSide}: {describeQuality(remote)}
        </p>
      </div>
    </div>
  );
}
