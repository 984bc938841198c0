/**
 * Hours of operation, written as the Amazon Connect API describes them (`Config` entries with a `Day`, `StartTime`
 * and `EndTime`), evaluated at a moment of the virtual clock in the resource's time zone.
 */
export interface HoursEntry {
  Day: string;
  StartTime: { Hours: number; Minutes: number };
  EndTime: { Hours: number; Minutes: number };
}

export interface WeeklyHours {
  /** IANA time zone (default UTC). */
  TimeZone?: string;
  Config: HoursEntry[];
}

const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

function localTime(time: number, zone: string | undefined): { day: string; minutes: number } {
  const date = new Date(time);
  if (!zone || zone === 'UTC') return { day: DAYS[date.getUTCDay()], minutes: date.getUTCHours() * 60 + date.getUTCMinutes() };
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'long', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return { day: get('weekday').toUpperCase(), minutes: Number(get('hour')) * 60 + Number(get('minute')) };
  } catch {
    return { day: DAYS[date.getUTCDay()], minutes: date.getUTCHours() * 60 + date.getUTCMinutes() };
  }
}

/** True when `time` falls inside one of the entries. An end at or before the start runs past midnight. */
export function isOpen(hours: WeeklyHours, time: number): boolean {
  const { day, minutes } = localTime(time, hours.TimeZone);
  const dayIndex = DAYS.indexOf(day);
  for (const e of hours.Config ?? []) {
    const start = (e.StartTime?.Hours ?? 0) * 60 + (e.StartTime?.Minutes ?? 0);
    const end = (e.EndTime?.Hours ?? 0) * 60 + (e.EndTime?.Minutes ?? 0);
    const entryDay = DAYS.indexOf(String(e.Day).toUpperCase());
    if (entryDay < 0) continue;
    if (end > start) {
      if (entryDay === dayIndex && minutes >= start && minutes < end) return true;
    } else {
      if (entryDay === dayIndex && minutes >= start) return true;
      if ((entryDay + 1) % 7 === dayIndex && minutes < end) return true;
    }
  }
  return false;
}

/** Checks the shape of hours written in a test file; returns a problem or undefined. */
export function hoursProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'hours must be an object with a Config list';
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.Config)) return 'hours need a Config list of { Day, StartTime, EndTime }';
  for (const e of v.Config) {
    if (typeof e !== 'object' || e === null) return 'each Config entry must be an object';
    const entry = e as Record<string, unknown>;
    if (typeof entry.Day !== 'string' || !DAYS.includes(entry.Day.toUpperCase())) return `Day must be one of ${DAYS.join(', ')}`;
    for (const k of ['StartTime', 'EndTime']) {
      const t = entry[k] as Record<string, unknown> | undefined;
      if (typeof t !== 'object' || t === null || typeof t.Hours !== 'number' || typeof t.Minutes !== 'number') return `${k} must be { "Hours": n, "Minutes": n }`;
    }
  }
  if (v.TimeZone !== undefined && typeof v.TimeZone !== 'string') return 'TimeZone must be a string such as "America/New_York"';
  return undefined;
}
