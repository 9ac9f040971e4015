import type { RecruiterProfile } from '../../../shared/schemas/recruiterProfile.ts';
import type { TodayInterview } from '../../../shared/schemas/todayInterview.ts';
import type { TodayOverview } from '../../../shared/schemas/todayOverview.ts';
import { localDateOf } from '../../../shared/waiting/localDateOf.ts';
import { measureWait } from '../../../shared/waiting/measureWait.ts';
import { orderByLateness } from '../../../shared/waiting/orderByLateness.ts';
import { startOfLocalDay } from '../../../shared/waiting/startOfLocalDay.ts';
import type { FollowUpRepository } from '../../storage/repositories/FollowUpRepository.ts';
import type { TodayInterviewRow, TodayRepository } from '../../storage/repositories/TodayRepository.ts';
import type { RecordScans } from './RecordScans.ts';

const upcomingLimit = 20;
const startableBeforeMilliseconds = 10 * 60_000;
const millisecondsPerDay = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((first, second) => first - second);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** Today for one recruiter at one moment: every figure is computed from `now`, never from the system clock. */
export function buildTodayOverview(options: {
  today: TodayRepository;
  followUps: FollowUpRepository;
  profile: RecruiterProfile;
  slaWorkingDays: number;
  now: Date;
  timeZone: string;
  limit: number;
  /** The record's two scans over 90 days of interviews, when nothing was written since they were last made. */
  recordCache?: Map<string, RecordScans>;
}): TodayOverview {
  const { today: reads, now, timeZone, slaWorkingDays } = options;
  const clock = { now, timeZone, slaWorkingDays };
  const todayDate = localDateOf(now, timeZone);
  const tomorrow = startOfLocalDay(
    localDateOf(new Date(startOfLocalDay(todayDate, timeZone).getTime() + 36 * 3_600_000), timeZone),
    timeZone,
  );
  const dayStart = startOfLocalDay(todayDate, timeZone).toISOString();

  const toInterview = (row: TodayInterviewRow, running: boolean): TodayInterview => {
    const start = row.startsAt === null ? null : Date.parse(row.startsAt);
    const end = start === null ? null : start + (row.durationMinutes ?? 60) * 60_000;
    const startable =
      running ||
      (start !== null && now.getTime() >= start - startableBeforeMilliseconds && now.getTime() <= end!);
    return {
      ...row,
      when: running ? 'now' : start !== null && start < tomorrow.getTime() ? 'today' : 'upcoming',
      startable,
    };
  };
  const interviews = [
    ...reads.running().map((row) => toInterview(row, true)),
    ...reads.upcoming(dayStart, upcomingLimit).map((row) => toInterview(row, false)),
  ];

  // Lateness falls along both index walks, so the first `limit` of each hold the first `limit` overall,
  // less the candidates found in both; a second, wider read covers that rare case.
  let fetch = options.limit;
  let bySince = reads.waitsBySince(fetch);
  let byDue = reads.waitsByDue(todayDate, fetch);
  let items = orderByLateness([bySince, byDue], clock, options.limit);
  const total = reads.waitingCount(todayDate);
  while (items.length < Math.min(options.limit, total) && fetch < options.limit * 8) {
    fetch *= 2;
    bySince = reads.waitsBySince(fetch);
    byDue = reads.waitsByDue(todayDate, fetch);
    items = orderByLateness([bySince, byDue], clock, options.limit);
  }

  // The longest wait heads one of the two walks.
  const oldest = [bySince[0], byDue[0]]
    .filter((row) => row !== undefined)
    .map((row) => ({ row, wait: measureWait(row, clock) }))
    .sort((first, second) => second.wait.workingDays - first.wait.workingDays)[0];
  const from = (days: number) => new Date(now.getTime() - days * millisecondsPerDay).toISOString();
  const since30 = from(30);
  const cacheKey = `${todayDate}:${reads.changeCount()}`;
  let scans = options.recordCache?.get(cacheKey);
  if (!scans) {
    scans = { heardBack: reads.answeredCandidates(from(90)), answers: reads.answerDays(from(90)) };
    options.recordCache?.clear();
    options.recordCache?.set(cacheKey, scans);
  }
  const { heardBack, answers } = scans;

  return {
    today: todayDate,
    timeZone,
    slaWorkingDays,
    interviews,
    scorecards: reads.unsubmittedScorecards(upcomingLimit),
    waiting: { total, items },
    followUps: {
      overdue: options.followUps.overdueCount(todayDate),
      items: options.followUps.openUntil(
        localDateOf(new Date(now.getTime() + 7 * millisecondsPerDay), timeZone),
        20,
      ),
    },
    record: {
      medianDays30: median(
        answers.filter((answer) => answer.endedAt >= since30).map((answer) => answer.days),
      ),
      medianDays90: median(answers.map((answer) => answer.days)),
      interviewed90: heardBack.interviewed,
      answered90: heardBack.answered,
      oldestWaitWorkingDays: oldest?.wait.workingDays ?? null,
      oldestWaitCandidateName: oldest?.row.candidateName ?? null,
    },
    onboarding: options.profile.onboarding,
  };
}
