import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from './workingDaysBetween.ts';

describe('workingDaysBetween', () => {
  it('counts Monday to Friday after the first day, up to and including the last', () => {
    // 2026-03-02 is a Monday.
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween('2026-03-02', '2026-03-05')).toBe(3);
    expect(workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
  });

  it('skips the weekend: Friday to Monday is one working day, Saturday to Sunday none', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
    expect(workingDaysBetween('2026-03-07', '2026-03-08')).toBe(0);
    expect(workingDaysBetween('2026-03-07', '2026-03-09')).toBe(1);
  });

  it('is negative when the second date comes first, and spans years and leap days', () => {
    expect(workingDaysBetween('2026-03-05', '2026-03-02')).toBe(-3);
    expect(workingDaysBetween('2023-12-29', '2024-03-01')).toBe(45);
    expect(workingDaysBetween('1969-12-31', '1970-01-02')).toBe(2);
  });

  it('agrees with counting day by day over two years', () => {
    let counted = 0;
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let day = 1; day <= 730; day += 1) {
      const date = new Date(start + day * 86_400_000);
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) counted += 1;
      expect(workingDaysBetween('2025-01-01', date.toISOString().slice(0, 10))).toBe(counted);
    }
  });
});
