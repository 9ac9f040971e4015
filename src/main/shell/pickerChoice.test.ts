import { expect, test } from 'vitest';
import { pickerChoice } from './pickerChoice.ts';
import { screenPickerAction } from './screenPickerPage.ts';

const offered = new Set(['screen:0:0', 'window:42:0']);

test('reads the chosen source, a cancel, or no answer at all from where the picker’s form went', () => {
  expect(pickerChoice(`${screenPickerAction}?source=window%3A42%3A0`, offered)).toBe('window:42:0');
  expect(pickerChoice(`${screenPickerAction}?cancel=1`, offered)).toBeNull();
  expect(pickerChoice(`${screenPickerAction}?source=screen%3A7%3A0`, offered)).toBeNull();
  expect(pickerChoice('https://evil.example/choose?source=screen%3A0%3A0', offered)).toBeUndefined();
  expect(pickerChoice('not a url', offered)).toBeUndefined();
});
