import { useId } from 'react';
import type { AnswerRecord } from '../../shared/schemas/answerRecord.ts';

type Bar = {
  label: string;
  value: number | null;
  text: string;
  max: number;
  mark?: { at: number; label: string };
};

const width = 320;
const rowHeight = 34;
const labelWidth = 0;

/**
 * The recruiter's own record as plain SVG bars (three figures need no chart library), named by its heading
 * and described by the table below it, which says the same in text.
 */
export function AnswerRecordChart({
  record,
  slaWorkingDays,
}: {
  record: AnswerRecord;
  slaWorkingDays: number;
}) {
  const titleId = useId();
  const share = record.interviewed90 === 0 ? null : record.answered90 / record.interviewed90;
  const days = (value: number | null) =>
    value === null ? 'no data yet' : `${value} ${value === 1 ? 'day' : 'days'}`;
  const scale = Math.max(
    slaWorkingDays * 2,
    record.medianDays30 ?? 0,
    record.medianDays90 ?? 0,
    record.oldestWaitWorkingDays ?? 0,
    1,
  );
  const bars: Bar[] = [
    {
      label: 'Median time to feedback, last 30 days',
      value: record.medianDays30,
      text: days(record.medianDays30),
      max: scale,
      mark: { at: slaWorkingDays, label: 'deadline' },
    },
    {
      label: 'Median time to feedback, last 90 days',
      value: record.medianDays90,
      text: days(record.medianDays90),
      max: scale,
      mark: { at: slaWorkingDays, label: 'deadline' },
    },
    {
      label: 'Interviewed candidates who heard back, last 90 days',
      value: share,
      text:
        share === null
          ? 'no interviews yet'
          : `${Math.round(share * 100)}% (${record.answered90} of ${record.interviewed90})`,
      max: 1,
    },
    {
      label: 'Oldest wait now',
      value: record.oldestWaitWorkingDays,
      text:
        record.oldestWaitWorkingDays === null
          ? 'nobody is waiting'
          : `${record.oldestWaitWorkingDays} working ${record.oldestWaitWorkingDays === 1 ? 'day' : 'days'}${record.oldestWaitCandidateName ? ` (${record.oldestWaitCandidateName})` : ''}`,
      max: scale,
      mark: { at: slaWorkingDays, label: 'deadline' },
    },
  ];
  return (
    <section className="card today-card today-record" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        Your record
      </h2>
      <svg
        className="record-chart"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-table`}
        viewBox={`0 0 ${width} ${bars.length * rowHeight * 1.6}`}
        width="100%"
      >
        {bars.map((bar, index) => {
          const y = index * rowHeight * 1.6;
          const barWidth =
            bar.value === null
              ? 0
              : Math.max(2, (Math.min(bar.value, bar.max) / bar.max) * (width - labelWidth));
          const late = bar.mark && bar.value !== null && bar.value > bar.mark.at;
          return (
            <g key={bar.label}>
              <text x={0} y={y + 12} className="record-label">
                {bar.label}
              </text>
              <rect x={0} y={y + 18} width={width} height={14} rx={3} className="record-track" />
              <rect
                x={0}
                y={y + 18}
                width={barWidth}
                height={14}
                rx={3}
                className={late ? 'record-bar record-bar-late' : 'record-bar'}
              />
              {bar.mark && (
                <line
                  x1={(bar.mark.at / bar.max) * width}
                  x2={(bar.mark.at / bar.max) * width}
                  y1={y + 15}
                  y2={y + 35}
                  className="record-mark"
                />
              )}
            </g>
          );
        })}
      </svg>
      <table id={`${titleId}-table`} className="record-table">
        <caption className="visually-hidden">Your record in figures</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">
        Feedback is any contact after an interview: feedback sent, a reply you logged, a follow-up done, a
        next interview scheduled. The line marks your answer deadline ({slaWorkingDays} working days).
      </p>
    </section>
  );
}
