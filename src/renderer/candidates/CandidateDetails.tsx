import type { ReactNode } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { Stage } from '../../shared/schemas/stage.ts';
import { NotSet } from '../ui/NotSet.tsx';
import { StageBadge } from './StageBadge.tsx';
import { formatDate } from '../lib/formatDate.ts';
import './candidates.css';

function Row({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === false || children === '';
  return (
    <div className="details-row">
      <dt>{term}</dt>
      <dd>{empty ? <NotSet /> : children}</dd>
    </div>
  );
}

/** Everything known about a candidate, as a definition list so each value is read with its name. */
export function CandidateDetails({ candidate, stage }: { candidate: Candidate; stage: Stage | undefined }) {
  return (
    <dl className="card details details-compact">
      <Row term="Email">{candidate.email && <a href={`mailto:${candidate.email}`}>{candidate.email}</a>}</Row>
      <Row term="Phone">
        {candidate.phone && <a href={`tel:${candidate.phone.replace(/[^\d+]/g, '')}`}>{candidate.phone}</a>}
      </Row>
      <Row term="Current title">{candidate.currentTitle}</Row>
      <Row term="Location">{candidate.location}</Row>
      <Row term="Role applied for">{candidate.role}</Row>
      <Row term="Stage">
        <StageBadge stage={stage} fallbackId={candidate.stageId} />
      </Row>
      <Row term="Source">{candidate.source}</Row>
      <Row term="Pronouns">{candidate.pronouns}</Row>
      <Row term="Time zone">{candidate.timeZone}</Row>
      <Row term="Consent until">
        {candidate.consentUntil && <time dateTime={candidate.consentUntil}>{candidate.consentUntil}</time>}
      </Row>
      <Row term="Tags">
        {candidate.tags.length > 0 && (
          <ul className="tag-list">
            {candidate.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row term="Links">
        {candidate.links.length > 0 && (
          <ul className="link-list">
            {candidate.links.map((link) => (
              <li key={link}>
                <a href={link} target="_blank" rel="noreferrer noopener">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row term="Added">
        <time dateTime={candidate.createdAt}>{formatDate(candidate.createdAt, true)}</time>
      </Row>
      <Row term="Last updated">
        <time dateTime={candidate.updatedAt}>{formatDate(candidate.updatedAt, true)}</time>
      </Row>
    </dl>
  );
}
