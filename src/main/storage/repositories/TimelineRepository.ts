import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { TimelineItem } from '../../../shared/schemas/timelineItem.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';

type TimelineRow = {
  kind: TimelineItem['kind'];
  id: string;
  date: string;
  interview_id: string | null;
  title: string | null;
  text: string | null;
  status: string | null;
  duration_seconds: number | null;
  from_stage_id: string | null;
  to_stage_id: string | null;
  to_stage_name: string | null;
  reason: string | null;
  reasons: string | null;
};

const snippetLength = 240;

// One branch per kind of entry (touchpoints are contact: feedback sent, a follow-up done, scheduling); each reads only this candidate's rows through its candidate_id index.
// An interview's notes sit at the interview's date, so the two stay side by side.
const touchpoints = `
  SELECT 'stageChange' AS kind, id, changed_at AS date, NULL AS interview_id, NULL AS title, NULL AS text,
    NULL AS status, NULL AS duration_seconds, from_stage_id, to_stage_id,
    (SELECT name FROM stages WHERE stages.id = to_stage_id) AS to_stage_name, reason, reasons, 2 AS kind_order, seq
  FROM stage_changes WHERE candidate_id = @id
  UNION ALL
  SELECT 'interview', id, coalesce(started_at, scheduled_at, created_at), id, title, NULL, status, duration_seconds,
    NULL, NULL, NULL, NULL, NULL, 0, seq
  FROM interviews WHERE candidate_id = @id AND deleted_at IS NULL
  UNION ALL
  SELECT 'note', notes.id, coalesce(interviews.started_at, interviews.scheduled_at, notes.created_at),
    notes.interview_id, coalesce(nullif(notes.title, ''), interviews.title),
    substr(notes.text, 1, ${snippetLength + 60}), NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, notes.seq
  FROM notes LEFT JOIN interviews ON interviews.id = notes.interview_id
  WHERE notes.candidate_id = @id AND notes.deleted_at IS NULL AND trim(notes.text) <> ''
    AND (notes.interview_id IS NULL OR interviews.deleted_at IS NULL)
  UNION ALL
  SELECT 'touchpoint', id, happened_at, interview_id, title, substr(detail, 1, ${snippetLength + 60}), kind, NULL,
    NULL, NULL, NULL, NULL, NULL, 1, seq
  FROM touchpoints WHERE candidate_id = @id`;

const statusLabels: Record<string, string> = { planned: 'Planned', in_progress: 'In progress', done: 'Done' };

/** The start of a note, as stored: line breaks are left for the renderer, which folds them into spaces. */
function snippetOf(text: string | null): string | null {
  if (text === null) return null;
  return text.length > snippetLength ? `${text.slice(0, snippetLength - 1).trimEnd()}…` : text.trim();
}

/** A candidate's history: interviews, notes and stage changes in one list, newest first. */
export class TimelineRepository {
  readonly #page: Statement<{ id: string; limit: number; offset: number }, TimelineRow>;
  readonly #count: Statement<{ id: string }, { total: number }>;
  readonly #candidate: Statement<[string], { id: string }>;

  constructor(database: Database) {
    this.#page = database.prepare(
      `SELECT * FROM (${touchpoints}) ORDER BY date DESC, kind_order ASC, seq DESC LIMIT @limit OFFSET @offset`,
    );
    this.#count = database.prepare(`SELECT count(*) AS total FROM (${touchpoints})`);
    this.#candidate = database.prepare('SELECT id FROM candidates WHERE id = ?');
  }

  list(id: string, offset: number, limit: number): { items: TimelineItem[]; total: number } {
    const rows = this.#page.all({ id, limit, offset });
    // Only an empty page can mean "no such candidate"; only a full one needs counting.
    if (rows.length === 0 && !this.#candidate.get(id)) throw new NotFoundError('No candidate has that id.');
    const total =
      rows.length < limit && (rows.length > 0 || offset === 0)
        ? offset + rows.length
        : this.#count.get({ id })!.total;
    const items = rows.map((row): TimelineItem => {
      const base = {
        kind: row.kind,
        id: row.id,
        date: row.date,
        interviewId: row.interview_id,
        fromStageId: row.from_stage_id,
        toStageId: row.to_stage_id,
        reason: row.reason,
        reasons: row.reasons === null ? [] : (JSON.parse(row.reasons) as string[]),
      };
      if (row.kind === 'stageChange') {
        const stage = row.to_stage_name ?? row.to_stage_id ?? '';
        const title = row.from_stage_id === null ? `Added as ${stage}` : `Moved to ${stage}`;
        return { ...base, title, snippet: row.reason };
      }
      if (row.kind === 'interview') {
        const status = statusLabels[row.status ?? ''] ?? row.status ?? '';
        const minutes =
          row.duration_seconds === null ? '' : ` · ${Math.max(1, Math.round(row.duration_seconds / 60))} min`;
        return { ...base, title: row.title ?? 'Interview', snippet: `${status}${minutes}` };
      }
      if (row.kind === 'touchpoint') {
        // A scheduling touchpoint's detail is the interview's time; the renderer shows it in the recruiter's zone.
        return {
          ...base,
          title: row.title ?? '',
          snippet: row.status?.startsWith('interview_') ? null : snippetOf(row.text),
        };
      }
      return { ...base, title: row.title ? `Notes: ${row.title}` : 'Note', snippet: snippetOf(row.text) };
    });
    return { items, total };
  }
}
