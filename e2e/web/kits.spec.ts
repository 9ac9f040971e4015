import { callApi } from '../fixtures/callApi.ts';
import { expect, test } from '../fixtures/test.ts';
import { InterviewPage } from '../pages/InterviewPage.ts';

test('a recruiter writes a kit, runs an interview with it, and editing the kit later leaves that interview alone', async ({
  page,
  webHost,
}) => {
  const candidate = await callApi(webHost, 'candidates.create', { name: 'Margaret Hamilton' });
  await page.goto(`${webHost.url}#/kits`);
  await expect(page.getByRole('heading', { name: 'Interview kits', level: 1 })).toBeVisible();
  for (const name of ['Recruiter phone screen', 'Technical interview', 'Values and motivation']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }

  await page.getByRole('button', { name: 'New kit' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Design review');
  await page.getByRole('textbox', { name: 'Section title' }).fill('Portfolio');
  await page
    .getByRole('textbox', { name: 'Question', exact: true })
    .fill('Walk me through a recent project.');
  await page
    .getByRole('textbox', { name: 'Guidance for the interviewer (optional)' })
    .fill('Process over polish.');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page
    .getByRole('textbox', { name: 'Question', exact: true })
    .nth(1)
    .fill('What would you change now?');
  // Reorder: the second question moves up.
  await page.getByRole('button', { name: 'Move question up' }).nth(1).click();
  await expect(page.getByRole('textbox', { name: 'Question', exact: true }).first()).toHaveValue(
    'What would you change now?',
  );
  await page.getByRole('textbox', { name: 'Category name' }).fill('Craft');
  await page.getByRole('textbox', { name: 'Attribute', exact: true }).fill('Visual design');
  await page.getByRole('button', { name: 'Add attribute' }).click();
  await page.getByRole('textbox', { name: 'Attribute', exact: true }).nth(1).fill('Storytelling');
  await page.getByRole('button', { name: 'Save kit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit “Design review”', level: 1 })).toBeVisible();

  // An empty question is refused, next to the field.
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByRole('button', { name: 'Save kit' }).click();
  await expect(page.getByRole('textbox', { name: 'Question', exact: true }).nth(2)).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByRole('button', { name: 'Remove question' }).nth(2).click();
  await page.getByRole('button', { name: 'Save kit' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Use it.
  await page.goto(`${webHost.url}#/candidates/${candidate.id}`);
  await page.getByRole('button', { name: 'Start interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start interview' });
  await dialog.getByRole('combobox', { name: 'Kit' }).selectOption({ label: 'Design review' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Design review');
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  const interview = new InterviewPage(page);
  await expect(interview.heading('Design review')).toBeVisible();
  await expect(interview.question('What would you change now?')).toBeVisible();
  await expect(interview.question('Walk me through a recent project.')).toContainText('Process over polish.');
  await expect(interview.rating('Visual design')).toBeVisible();
  await expect(interview.rating('Storytelling')).toBeVisible();
  const interviewUrl = page.url();

  // Edit the kit: the interview keeps its copy.
  await page.goto(`${webHost.url}#/kits`);
  await page.getByRole('link', { name: 'Design review' }).click();
  await page.getByRole('textbox', { name: 'Attribute', exact: true }).first().fill('Visual craft');
  await page.getByRole('button', { name: 'Save kit' }).click();
  await expect(page.getByRole('textbox', { name: 'Attribute', exact: true }).first()).toHaveValue(
    'Visual craft',
  );
  await page.goto(interviewUrl);
  await expect(interview.rating('Visual design')).toBeVisible();
  await expect(interview.scorecard.getByText('Visual craft')).toHaveCount(0);

  // Delete the kit: gone from the list, the interview still opens.
  await page.goto(`${webHost.url}#/kits`);
  await page.getByRole('link', { name: 'Design review' }).click();
  await page.getByRole('button', { name: 'Delete kit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete kit' }).click();
  await expect(page.getByRole('heading', { name: 'Interview kits', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Design review' })).toHaveCount(0);
  await page.goto(interviewUrl);
  await expect(interview.rating('Storytelling')).toBeVisible();
});
