import { readFileSync } from 'node:fs';
import { callApi } from '../fixtures/callApi.ts';
import { parseIcs } from '../fixtures/parseIcs.ts';
import { expect, test } from '../fixtures/test.ts';

// A one-pixel PNG: the photo is resized in the page, so any picture file will do.
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The calendar date of an instant in a zone, as <input type="date"> wants it. */
function dateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

function wallClockIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

test('a new recruiter introduces themselves, schedules an interview for tomorrow at 10:00, and the .ics, Today and the join page agree', async ({
  browser,
  webHost,
}) => {
  const candidate = await callApi(webHost, 'candidates.create', {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    timeZone: 'America/New_York',
  });
  const recruiterContext = await browser.newContext({
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1440, height: 900 },
  });
  const page = await recruiterContext.newPage();

  // 1. The first run asks who the recruiter is.
  await page.goto(webHost.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link').first()).toHaveText('Today');
  const profile = page.getByRole('form', { name: 'Your profile' });
  await profile.getByRole('textbox', { name: 'Your name' }).fill('Rita Recruiter');
  await profile.getByRole('textbox', { name: 'Company' }).fill('Acme Robotics');
  await profile
    .getByRole('textbox', { name: 'A short intro' })
    .fill('I lead hiring for the platform team, and I read every application myself.');
  await profile
    .getByLabel('Choose a photo')
    .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: pixel });
  await expect(profile.getByRole('img', { name: 'Your photo' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/today-first-run-1440.png', fullPage: true });
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toHaveText('Your profile was saved.');
  await expect(profile).toBeHidden();
  expect(await callApi(webHost, 'profile.get', {})).toMatchObject({
    name: 'Rita Recruiter',
    company: 'Acme Robotics',
    onboarding: 'done',
    photo: expect.stringMatching(/^data:image\/jpeg;base64,/),
  });

  // 2. Schedule for tomorrow at 10:00 in the recruiter's zone; the candidate's zone is shown too.
  await page.goto(`${webHost.origin}/#/candidates/${candidate.id}`);
  await page.getByRole('main').getByRole('button', { name: 'Schedule interview' }).click();
  const dialog = page.getByRole('dialog');
  const tomorrow = dateIn(new Date(Date.now() + 24 * 3_600_000), 'Europe/Berlin');
  await dialog.getByLabel('Date').fill(tomorrow);
  await dialog.getByLabel('Time').fill('10:00');
  await dialog.getByLabel('Length').selectOption('45');
  await expect(dialog.getByText(/Times are in your time zone, Europe\/Berlin/)).toBeVisible();
  await expect(dialog.getByText(/for Ada Lovelace \(America\/New_York\)/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(dialog.getByRole('heading', { name: /^Scheduled: / })).toBeVisible();

  // 3. The .ics, read by a real iCalendar parser: DTSTART is that instant; the description has the link and intro.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const event = parseIcs(readFileSync((await download.path())!, 'utf8'));
  expect(dateIn(event.start, 'Europe/Berlin')).toBe(tomorrow);
  expect(wallClockIn(event.start, 'Europe/Berlin')).toBe('10:00');
  expect(event.durationMinutes).toBe(45);
  expect(event.method).toBe('REQUEST');
  expect(event.sequence).toBe(0);
  expect(event.description).toContain('I lead hiring for the platform team');
  const joinUrl = event.description.match(/http:\/\/127\.0\.0\.1:\d+\/join\/[\w-]+#token=[\w-]+/)?.[0];
  expect(joinUrl).toBeTruthy();
  expect(event.description).toContain('Test your camera first');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('link', { name: /^Interview scheduled: / })).toBeVisible();

  // 4. Today lists it under Upcoming.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const upcoming = page.getByRole('list', { name: 'Upcoming' });
  await expect(upcoming.getByRole('link', { name: /^Ada Lovelace: / })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/today-1440.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/today-1280.png' });

  // 5. The join page, opened in New York, shows who the candidate meets and when, in their own time.
  const candidateContext = await browser.newContext({
    timezoneId: 'America/New_York',
    viewport: { width: 1280, height: 720 },
  });
  try {
    const join = await candidateContext.newPage();
    await join.goto(joinUrl!);
    await expect(join.getByRole('heading', { level: 1 })).toHaveText(
      'Join your interview with Rita Recruiter',
    );
    const card = join.getByRole('region', { name: 'Who you will meet' });
    await expect(card).toContainText('Rita Recruiter');
    await expect(card).toContainText('Acme Robotics');
    await expect(card).toContainText('I lead hiring for the platform team');
    await expect(card.getByRole('img', { name: 'Rita Recruiter' })).toBeVisible();
    const time = card.locator('time');
    await expect(time).toHaveAttribute('datetime', event.start.toISOString());
    await expect(time).toContainText(wallClockIn(event.start, 'America/New_York').replace(/^0/, ''));
    await join.screenshot({ path: 'test-results/screens/join-1280.png' });
  } finally {
    await candidateContext.close();
    await recruiterContext.close();
  }
});

test('scheduling refuses a time that has passed, and rescheduling and cancelling keep one UID with a growing SEQUENCE', async ({
  webHost,
}) => {
  const candidate = await callApi(webHost, 'candidates.create', { name: 'Grace Hopper' });
  const base = {
    candidateId: candidate.id,
    title: 'Values and motivation',
    kitId: null,
    durationMinutes: 30,
    timeZone: 'Europe/Warsaw',
  };
  await expect(
    callApi(webHost, 'schedule.create', { ...base, startsAt: '2020-01-01T10:00:00.000Z' }),
  ).rejects.toThrow(/has passed/);
  await expect(
    callApi(webHost, 'schedule.create', { ...base, startsAt: 'tomorrow' } as never),
  ).rejects.toThrow();
  const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const created = await callApi(webHost, 'schedule.create', { ...base, startsAt });
  const first = parseIcs(created.invitation.ics);
  const moved = await callApi(webHost, 'schedule.move', {
    interviewId: created.interview.id,
    startsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    durationMinutes: 30,
    timeZone: 'Europe/Warsaw',
  });
  const second = parseIcs(moved.invitation.ics);
  expect(second.uid).toBe(first.uid);
  expect(second.sequence).toBe(first.sequence + 1);
  expect(second.start.getTime() - first.start.getTime()).toBe(3_600_000);
  expect(moved.invitation.text).toContain('The time of our interview has changed');
  const cancelled = await callApi(webHost, 'schedule.cancel', { interviewId: created.interview.id });
  const third = parseIcs(cancelled.invitation.ics);
  expect(third).toMatchObject({
    uid: first.uid,
    sequence: first.sequence + 2,
    method: 'CANCEL',
    status: 'CANCELLED',
  });
  const timeline = await callApi(webHost, 'candidates.timeline', { id: candidate.id });
  expect(timeline.items.map((item) => item.title)).toEqual(
    expect.arrayContaining([
      'Interview scheduled: Values and motivation',
      'Interview moved: Values and motivation',
      'Interview cancelled: Values and motivation',
    ]),
  );
});
