import type { Interview } from '../../shared/schemas/interview.ts';
import { DisclosureMenu } from '../ui/DisclosureMenu.tsx';

type Props = {
  status: Interview['status'];
  /** A call is open on this interview: nothing here may compete with the call bar. */
  inCall: boolean;
  busy: boolean;
  onStart: () => void;
  onEnd: () => void;
  onRevisions: () => void;
  onExportMarkdown: () => void;
  onExportHtml: () => void;
  onPrint: () => void;
};

/**
 * The interview's actions, following its state: before and during it "Start call" (in the call area) is the
 * one main button and the rest waits in "More actions"; in a call only that menu remains; once it is done,
 * "Export" leads. A "Write feedback" button (the candidate-experience issue) goes beside Export when it lands.
 */
export function InterviewActions({
  status,
  inCall,
  busy,
  onStart,
  onEnd,
  onRevisions,
  onExportMarkdown,
  onExportHtml,
  onPrint,
}: Props) {
  const exports = (
    <>
      <button type="button" className="button" disabled={busy} onClick={onExportMarkdown}>
        Export Markdown
      </button>
      <button type="button" className="button" disabled={busy} onClick={onExportHtml}>
        Export HTML
      </button>
      <button type="button" className="button" onClick={onPrint}>
        Print / PDF
      </button>
    </>
  );
  const revisions = (
    <button type="button" className="button" onClick={onRevisions}>
      Revisions
    </button>
  );
  if (status === 'done' && !inCall) {
    return (
      <>
        <DisclosureMenu label="Export" primary>
          {exports}
        </DisclosureMenu>
        <DisclosureMenu label="More actions">{revisions}</DisclosureMenu>
      </>
    );
  }
  return (
    <DisclosureMenu label="More actions">
      {status === 'planned' && !inCall && (
        <button type="button" className="button" disabled={busy} onClick={onStart}>
          Start interview without a call
        </button>
      )}
      {revisions}
      {exports}
      {status === 'in_progress' && !inCall && (
        <button type="button" className="button" disabled={busy} onClick={onEnd}>
          End interview
        </button>
      )}
    </DisclosureMenu>
  );
}
