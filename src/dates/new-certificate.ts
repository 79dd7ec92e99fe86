/**
 * New certificates need time to reach the verification databases before a submission can pass:
 * - Aliyun (seed 001): "请您在证件颁发日期 10 个自然日后重新提交审核申请" — 10 natural days;
 * - Tencent (seed 003): "请在证件下发7-10个工作日后重新提交" — 7 to 10 working days.
 * The numbers come from the registrar profile; this module only counts.
 *
 * Counting conventions (dates are dates in China, Asia/Shanghai):
 * - natural days: "N natural days after issue" → submit on or after issuedOn + N.
 *   Issued 2026-03-02 with N = 10 → earliest 2026-03-12. elapsedNaturalDays = today − issuedOn.
 * - working days: "N working days after issue" → the N-th working day after issuedOn (the issue day itself is not
 *   counted, even when it is a working day) must have passed, so the earliest date is the day after it.
 *   Issued Friday 2026-09-18 with N = 1: the first working day after is Sunday 2026-09-20 (a make-up working day),
 *   so the earliest date is 2026-09-21. elapsedWorkingDays counts working days strictly between issuedOn and today
 *   (today has not passed yet); ready ⇔ elapsedWorkingDays ≥ N.
 * - earliest is the later of the two; ready ⇔ today ≥ earliest (and the issue date is not in the future).
 * - Working days follow the official calendar with make-up working days (see calendar.ts); beyond the covered
 *   years Monday–Friday is assumed and `approximated` is true.
 *
 * Pure and browser-safe; no input throws.
 */
import {
  addNaturalDays,
  naturalDaysBetween,
  nthWorkingDayAfter,
  officialCalendar,
  parseIsoDate,
  todayInShanghai,
  workingDaysStrictlyBetween,
  type IsoDate,
  type WorkingDayCalendar,
} from './calendar.js';

export interface NewCertificateInput {
  /** Issue date 'YYYY-MM-DD' (the date printed on the certificate). */
  issuedOn: string;
  /** The current instant (converted to the date in China) or a date 'YYYY-MM-DD' already in China. */
  now: Date | string;
  /** Natural days to wait after issue (Aliyun: 10). Omit for no natural-day requirement. */
  naturalDays?: number;
  /** Working days to wait after issue (Tencent: 7-10). Omit for no working-day requirement. */
  workingDays?: number;
  /** Working-day calendar; default: the official calendar. */
  calendar?: WorkingDayCalendar;
}

export type NewCertificateProblem =
  | { code: 'invalid-issue-date'; data: { issuedOn: string } }
  | { code: 'invalid-now' }
  | { code: 'invalid-parameter'; data: { name: 'naturalDays' | 'workingDays'; value: unknown } }
  | { code: 'issued-in-future'; data: { issuedOn: IsoDate; today: IsoDate } }
  /** The certificate is too new: data says when it can be submitted. */
  | { code: 'too-new'; data: { earliest: IsoDate; today: IsoDate; waitDays: number } };

export interface NewCertificateResult {
  /** True when the certificate can be submitted today. */
  ready: boolean;
  /** The date in China the check was made for, or null when `now` is invalid. */
  today: IsoDate | null;
  /** Earliest submission date: the later of the natural-day and working-day requirements. null if not computable. */
  earliest: IsoDate | null;
  /** The natural-day requirement's own earliest date (null when not requested). */
  earliestByNaturalDays: IsoDate | null;
  /** The working-day requirement's own earliest date (null when not requested). */
  earliestByWorkingDays: IsoDate | null;
  /** today − issuedOn; negative when issued in the future; null when not computable. */
  elapsedNaturalDays: number | null;
  /** Working days strictly between issuedOn and today; null when not computable or more than a year after issue. */
  elapsedWorkingDays: number | null;
  /** Natural days from today until earliest (0 when ready). */
  waitDays: number | null;
  /**
   * True when any working day behind `earliestByWorkingDays` or `elapsedWorkingDays` lies outside the years the
   * official calendar covers (Monday–Friday was assumed there).
   */
  approximated: boolean;
  problems: NewCertificateProblem[];
}

/** Beyond this many natural days since issue, elapsed working days are not counted (elapsedWorkingDays is null). */
const MAX_COUNTED_DAYS = 366;

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3660;
}

function resolveToday(now: Date | string): IsoDate | null {
  if (typeof now === 'string') return parseIsoDate(now) ? now : null;
  return todayInShanghai(now);
}

/** How long until a newly issued certificate can be submitted. See the module comment for the counting rules. */
export function newCertificateDelay(input: NewCertificateInput): NewCertificateResult {
  const problems: NewCertificateProblem[] = [];
  const result: NewCertificateResult = {
    ready: false,
    today: null,
    earliest: null,
    earliestByNaturalDays: null,
    earliestByWorkingDays: null,
    elapsedNaturalDays: null,
    elapsedWorkingDays: null,
    waitDays: null,
    approximated: false,
    problems,
  };
  const { issuedOn, naturalDays, workingDays } = input ?? ({} as NewCertificateInput);
  const calendar = input?.calendar ?? officialCalendar;

  const today = resolveToday(input?.now as Date | string);
  result.today = today;
  if (today === null) problems.push({ code: 'invalid-now' });
  const issuedValid = typeof issuedOn === 'string' && parseIsoDate(issuedOn) !== null;
  if (!issuedValid) problems.push({ code: 'invalid-issue-date', data: { issuedOn: String(issuedOn) } });
  if (naturalDays !== undefined && !isCount(naturalDays)) {
    problems.push({ code: 'invalid-parameter', data: { name: 'naturalDays', value: naturalDays } });
  }
  if (workingDays !== undefined && !isCount(workingDays)) {
    problems.push({ code: 'invalid-parameter', data: { name: 'workingDays', value: workingDays } });
  }
  if (problems.length > 0 || today === null || !issuedValid) return result;
  // Said first: an issue date so far ahead that no requirement can be counted from it (9999-12-31) is still reported.
  if (issuedOn > today) problems.push({ code: 'issued-in-future', data: { issuedOn, today } });

  // Requirements.
  let earliest: IsoDate = issuedOn;
  if (naturalDays !== undefined) {
    const d = addNaturalDays(issuedOn, naturalDays);
    result.earliestByNaturalDays = d;
    if (d === null) return result;
    if (d > earliest) earliest = d;
  }
  if (workingDays !== undefined) {
    let d: IsoDate | null = issuedOn;
    if (workingDays > 0) {
      const nth = nthWorkingDayAfter(issuedOn, workingDays, calendar);
      if (nth === null) return result;
      result.approximated ||= nth.approximated;
      d = addNaturalDays(nth.date, 1);
    }
    result.earliestByWorkingDays = d;
    if (d === null) return result;
    if (d > earliest) earliest = d;
  }
  result.earliest = earliest;

  // Elapsed time. Working days are counted only while they matter (within a year of issue): walking the calendar
  // day by day from an issue date years ago would cost milliseconds on every validation and tell nothing.
  const elapsed = naturalDaysBetween(issuedOn, today)!;
  result.elapsedNaturalDays = elapsed;
  if (elapsed <= 0) {
    result.elapsedWorkingDays = 0;
  } else if (elapsed <= MAX_COUNTED_DAYS) {
    const passed = workingDaysStrictlyBetween(issuedOn, today, calendar);
    if (passed) {
      result.elapsedWorkingDays = passed.count;
      result.approximated ||= passed.approximated;
    }
  }

  const wait = naturalDaysBetween(today, earliest)!;
  result.waitDays = Math.max(0, wait);

  if (elapsed < 0) return result;
  result.ready = wait <= 0;
  if (!result.ready) problems.push({ code: 'too-new', data: { earliest, today, waitDays: wait } });
  return result;
}
