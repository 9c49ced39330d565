import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, isWithin } from './dates';

describe('isIsoDate', () => {
  it('accepts real days and the leap day of 1936', () => {
    expect(isIsoDate('1936-03-27')).toBe(true);
    expect(isIsoDate('1936-02-29')).toBe(true);
  });

  it('rejects impossible days, other layouts and 1937-02-29', () => {
    for (const text of ['1937-02-29', '1936-13-01', '1936-04-31', '1936-3-7', '7 March 1936', '', '1936-03-07T00:00']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});

describe('daysInMonth', () => {
  it('knows the Gregorian rule for centuries', () => {
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1938, 9)).toBe(30);
  });
});

describe('isWithin', () => {
  it('includes both ends and treats null as open', () => {
    expect(isWithin('1935-10-20', null, '1935-10-20')).toBe(true);
    expect(isWithin('1935-10-21', null, '1935-10-20')).toBe(false);
    expect(isWithin('1934-09-18', '1934-09-18', null)).toBe(true);
    expect(isWithin('1934-09-17', '1934-09-18', null)).toBe(false);
  });
});
