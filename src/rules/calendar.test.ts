import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  dateOfAgeInMonths,
  daysBetween,
  endOfMonth,
  monthsBetween,
  yearsBetween,
} from './calendar.js';

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01'); // 1900 is no leap year
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29'); // 2000 is one
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('9999-12-31', 1)).toBeUndefined();
    expect(addDays('2024-02-30', 1)).toBeUndefined();
  });

  it('clamps to the month end when adding months and years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addMonths('2024-11-15', 14)).toBe('2026-01-15');
  });

  it('counts completed years like §§ 187, 188 BGB, also for 29 February', () => {
    expect(yearsBetween('2008-03-14', '2026-03-13')).toBe(17);
    expect(yearsBetween('2008-03-14', '2026-03-14')).toBe(18);
    expect(yearsBetween('2008-02-29', '2026-02-28')).toBe(17);
    expect(yearsBetween('2008-02-29', '2026-03-01')).toBe(18);
    expect(yearsBetween('2008-02-29', '2028-02-29')).toBe(20);
    expect(yearsBetween('2026-03-14', '2008-03-14')).toBe(-18);
  });

  it('gives the first day of an age per §§ 187 Abs. 2, 188 Abs. 2 and 3 BGB, agreeing with yearsBetween', () => {
    // The birthday counts: born 14 March 2008, 18 on 14 March 2026 (not the day before).
    expect(dateOfAgeInMonths('2008-03-14', 18 * 12)).toBe('2026-03-14');
    // Born 29 February: the year ends with 28 February in common years, so 18 on 1 March.
    expect(dateOfAgeInMonths('2008-02-29', 18 * 12)).toBe('2026-03-01');
    expect(dateOfAgeInMonths('2008-02-29', 20 * 12)).toBe('2028-02-29');
    // Months: born 31 January, one month old on 1 March (§ 188 Abs. 3 BGB); 30 January in a
    // leap year likewise; 29 January in a leap year on 29 February.
    expect(dateOfAgeInMonths('2023-01-31', 1)).toBe('2023-03-01');
    expect(dateOfAgeInMonths('2024-01-30', 1)).toBe('2024-03-01');
    expect(dateOfAgeInMonths('2024-01-29', 1)).toBe('2024-02-29');
    // § 7a SGB II style: 66 years and 4 months.
    expect(dateOfAgeInMonths('1960-05-01', 66 * 12 + 4)).toBe('2026-09-01');
    expect(dateOfAgeInMonths('1960-10-31', 66 * 12 + 4)).toBe('2027-03-01');
    for (const birth of ['2008-02-29', '2008-03-01', '2007-12-31', '2008-01-31', '2000-02-29']) {
      for (const years of [1, 15, 17, 18, 30, 66, 67]) {
        const day = dateOfAgeInMonths(birth, years * 12) as string;
        expect(yearsBetween(birth, day)).toBe(years);
        expect(yearsBetween(birth, addDays(day, -1) as string)).toBe(years - 1);
      }
    }
    expect(dateOfAgeInMonths('2008-02-30', 12)).toBeUndefined();
  });

  it('gives the last day of a month', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2023-02-28')).toBe('2023-02-28');
    expect(endOfMonth('2026-12-01')).toBe('2026-12-31');
    expect(endOfMonth('2026-04-30')).toBe('2026-04-30');
    expect(endOfMonth('2026-13-01')).toBeUndefined();
  });

  it('counts completed months and days', () => {
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetween('2024-01-15', '2024-03-14')).toBe(1);
    expect(monthsBetween('2024-03-14', '2024-01-15')).toBe(-1);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
  });

  it('gives the same results in every time zone (no Date, no local time)', () => {
    const script = `
      import { addDays, yearsBetween } from './src/rules/calendar.ts';
      console.log(JSON.stringify([addDays('2024-03-30', 1), addDays('2024-10-26', 1), yearsBetween('2008-02-29', '2026-03-01')]));
    `;
    const results = ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Europe/Berlin'].map((tz) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      return run.stdout.trim();
    });
    expect(new Set(results)).toEqual(new Set(['["2024-03-31","2024-10-27",18]']));
  });
});
