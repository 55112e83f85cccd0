// The timer's pure countdown: a state that knows its duration, what was left when it last
// paused and when it was started, so the time left is always worked out from the clock (a
// throttled background tab or a slow frame never makes it drift).

export interface Countdown {
  /** The chosen length, in milliseconds. */
  readonly durationMs: number;
  /** Time left when it was last paused (or the whole duration before the first start). */
  readonly leftMs: number;
  /** The clock (ms) when it was last started; undefined while paused or stopped. */
  readonly startedAt?: number;
}

/** The longest duration the inputs accept: 3 hours. */
export const MAX_MINUTES = 180;
/** Presets in minutes for the buttons. */
export const PRESET_MINUTES = [5, 10, 15, 30] as const;

export const countdown = (durationMs: number): Countdown => ({ durationMs, leftMs: durationMs });

export const isRunning = (state: Countdown): boolean => state.startedAt !== undefined;

/** Milliseconds left at `now` (never below zero). */
export function timeLeft(state: Countdown, now: number): number {
  if (state.startedAt === undefined) return state.leftMs;
  return Math.max(0, state.leftMs - (now - state.startedAt));
}

/** Ended: it ran and reached zero. */
export const hasEnded = (state: Countdown, now: number): boolean =>
  state.durationMs > 0 && timeLeft(state, now) === 0;

/** Starts or resumes; a finished countdown starts over from its duration. */
export function start(state: Countdown, now: number): Countdown {
  if (isRunning(state) && !hasEnded(state, now)) return state;
  const leftMs = hasEnded(state, now) ? state.durationMs : state.leftMs;
  return { durationMs: state.durationMs, leftMs, startedAt: now };
}

export function pause(state: Countdown, now: number): Countdown {
  if (!isRunning(state)) return state;
  return { durationMs: state.durationMs, leftMs: timeLeft(state, now) };
}

export const reset = (state: Countdown): Countdown => countdown(state.durationMs);

/** «05:00», «1:05:00» past an hour; a started second shows as a whole one (4.2 s → 00:05). */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

export type DurationError = 'invalid' | 'tooLong';

/** The duration of the minutes and seconds fields, or why it cannot be one. */
export function parseDuration(
  minutes: string,
  seconds: string,
): { ok: true; ms: number } | { ok: false; error: DurationError } {
  const whole = (text: string) =>
    text.trim() === '' ? 0 : /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  const m = whole(minutes);
  const s = whole(seconds);
  if (!Number.isFinite(m) || !Number.isFinite(s) || s > 59) return { ok: false, error: 'invalid' };
  const ms = (m * 60 + s) * 1000;
  if (ms === 0) return { ok: false, error: 'invalid' };
  if (ms > MAX_MINUTES * 60_000) return { ok: false, error: 'tooLong' };
  return { ok: true, ms };
}

/** The minutes and seconds fields of a duration. */
export function durationFields(ms: number): { minutes: string; seconds: string } {
  const total = Math.round(ms / 1000);
  return { minutes: String(Math.floor(total / 60)), seconds: String(total % 60) };
}
