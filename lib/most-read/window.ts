// «الأكثر قراءة» counts views per whole hour (UTC). A window is the current,
// unfinished hour and the whole hours before it: "the last 24 hours" reads 24
// buckets, so it reaches back between 23 and 24 hours, never further.

export const HOUR_MS = 3_600_000;

export const WINDOW_HOURS = { day: 24, week: 7 * 24 } as const;
export type MostReadWindow = keyof typeof WINDOW_HOURS;

/** The bucket a moment falls in: whole hours since the Unix epoch. */
export const hourOf = (ms: number): number => Math.floor(ms / HOUR_MS);

/** The first bucket a window reads at `nowHour`. */
export const windowStart = (window: MostReadWindow, nowHour: number): number => nowHour - WINDOW_HOURS[window] + 1;

/** Buckets older than this are read by no window and can go. */
export const oldestKeptHour = (nowHour: number): number => windowStart('week', nowHour);
