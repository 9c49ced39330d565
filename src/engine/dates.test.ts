import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDate, isIsoDate, isWithin } from './dates';

describe('isIsoDate', () => {
  it('accepts real days and the leap day of 1936', () => {
    expect(isIsoDate('1936-03-27')).toBe(true);
    expect(isIsoDate('1936-02-29')).toBe(true);
  });

  it('rejects impossible days, other layouts and 1937-02-29', () => {
    for (const text of [
      '1937-02-29',
      '1936-13-01',
      '1936-00-10',
      '1936-01-00',
      '1936-04-31',
      '1936-3-7',
      '7 March 1936',
      '',
      '1936-03-07T00:00',
    ]) {
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

describe('formatDate', () => {
  it('writes a day as the log and the panels say it, and leaves anything else as it is', () => {
    expect(formatDate('1936-03-07')).toBe('7 March 1936');
    expect(formatDate('1935-05-02')).toBe('2 May 1935');
    expect(formatDate('1939-12-31')).toBe('31 December 1939');
    expect(formatDate('1937-02-30')).toBe('1937-02-30');
    expect(formatDate('spring 1936')).toBe('spring 1936');
  });
});
