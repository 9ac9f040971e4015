import { expect, test } from 'vitest';
import { screenPickerAction, screenPickerPage } from './screenPickerPage.ts';

test('lists each source as a named button with its thumbnail, escapes names, and allows no script', () => {
  const page = screenPickerPage([
    { id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnailDataUrl: 'data:image/png;base64,AA' },
    {
      id: 'window:1:0',
      name: '<script>alert(1)</script> "Slides"',
      kind: 'window',
      thumbnailDataUrl: 'data:image/png;base64,BB',
    },
  ]);
  expect(page).toContain('value="screen:0:0"');
  expect(page).toContain('<span>Screen: Entire screen</span>');
  expect(page).toContain('Window: &#60;script&#62;alert(1)&#60;/script&#62; &#34;Slides&#34;');
  expect(page).not.toContain('<script>');
  expect(page).toContain(`form-action ${screenPickerAction}`);
  expect(page).toContain("default-src 'none'");
  expect(page).toContain('src="data:image/png;base64,BB"');
  expect(page).toContain('name="cancel"');
});

test('says so when there is nothing to share', () => {
  expect(screenPickerPage([])).toContain('There is nothing to share');
});
