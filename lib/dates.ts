import type { Locale } from '@/i18n/routing';
import { env } from '@/lib/env';

// The newsroom's clock: every date on the site is printed in this zone, on the
// server and in the browser alike.
export const TIME_ZONE = env.SITE_TIME_ZONE;

// Numbering systems are pinned so server and browser print the same digits.
// Arabic pages use Latin digits, as the newsroom's own copy does ("الذكرى الـ75").
export const GREGORIAN_LOCALE: Record<Locale, string> = {
  ar: 'ar-EG-u-nu-latn-ca-gregory',
  en: 'en-GB-u-nu-latn-ca-gregory',
};
const HIJRI_LOCALE: Record<Locale, string> = {
  ar: 'ar-SA-u-nu-latn-ca-islamic-umalqura',
  en: 'en-GB-u-nu-latn-ca-islamic-umalqura',
};

// Building a formatter costs a hundred times what formatting with one does, and a
// page prints dozens of dates: each kind is built once per process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions) {
  const key = `${tag} ${JSON.stringify(options)}`;
  let built = formatters.get(key);
  if (!built) formatters.set(key, (built = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, ...options })));
  return built;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** "الخميس 16 مايو 2024" */
export function formatGregorianDate(ms: number, locale: Locale, withWeekday = false): string {
  return formatter(GREGORIAN_LOCALE[locale], withWeekday ? { ...DAY, weekday: 'long' } : DAY).format(ms);
}

/** "8 ذو القعدة 1445 هـ" */
export function formatHijriDate(ms: number, locale: Locale): string {
  return formatter(HIJRI_LOCALE[locale], DAY).format(ms);
}

/** "16 مايو 2024، 10:30 ص" */
export function formatDateTime(ms: number, locale: Locale): string {
  return formatter(GREGORIAN_LOCALE[locale], {
    ...DAY,
    hour: 'numeric',
    minute: '2-digit',
  }).format(ms);
}

/** The newsroom zone's name in words ("توقيت شرق أوروبا"), for forms that take a time in it. */
export function newsroomZoneName(locale: Locale): string {
  const parts = formatter(GREGORIAN_LOCALE[locale], { timeZoneName: 'longGeneric' }).formatToParts(0);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? TIME_ZONE;
}

/** ISO 8601 for <time dateTime> and machine readers. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

/** Offset of the newsroom zone from UTC at an instant, in ms (Cairo: +2 h or +3 h). */
function zoneOffsetMs(at: number, timeZone: string): number {
  const name = formatter('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')!.value; // "GMT+02:00", or "GMT" for UTC
  const [, sign, hours, minutes] = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?$/;

/** "2026-11-25" or "2026-11-25T14:30" read as newsroom time, as epoch ms; undefined when invalid. */
export function parseNewsroomTime(value: string | undefined, timeZone = TIME_ZONE): number | undefined {
  const match = value ? LOCAL_DATE_TIME.exec(value) : null;
  if (!match) return undefined;
  const asUtc = Date.parse(`${match[1]}T${match[2] ?? '00:00'}${match[2]?.length === 5 ? ':00' : ''}Z`);
  // Date.parse rolls 2024-02-30 over to 1 March: refuse dates that do not exist.
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 10) !== match[1]) return undefined;
  return asUtc - zoneOffsetMs(asUtc - zoneOffsetMs(asUtc, timeZone), timeZone);
}

/** Epoch ms as the value of a datetime-local input, in newsroom time. */
export function toNewsroomInput(ms: number, timeZone = TIME_ZONE, withSeconds = false): string {
  return new Date(ms + zoneOffsetMs(ms, timeZone)).toISOString().slice(0, withSeconds ? 19 : 16);
}
