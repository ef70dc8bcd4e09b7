import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '#domain/deadlines/calendar.ts';
import { holidayData } from '#domain/deadlines/holidays.ts';
import { tz } from '#domain/deadlines/moment-shim.ts';
import { SUPPORTED_COUNTRIES } from '#domain/deadlines/supported-countries.ts';

/** Every zone the bundled holiday rules name (countries, states and regions). */
function zonesOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) zonesOf(n, out);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === 'zones') for (const z of value as string[]) out.add(z);
      else zonesOf(value, out);
    }
  return out;
}
const ZONES = [
  ...zonesOf(SUPPORTED_COUNTRIES.map((c) => holidayData(c).holidays)),
].sort();

const HOUR = 3_600_000;
const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2041, 0, 1);

/** Intl on its own (not the engine's cached formatters): the zone's wall clock and offset. */
function intl(timeZone: string) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const wall = (t: number) => {
    const p = Object.fromEntries(
      fmt
        .formatToParts(new Date(t))
        .filter((x) => x.type !== 'literal')
        .map((x) => [x.type, x.value]),
    );
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  };
  const offset = (t: number) =>
    Date.parse(`${wall(t).replace(' ', 'T')}Z`) - Math.floor(t / 1000) * 1000;
  return { wall, offset };
}

/** Wall-clock text of `asUtc` read as UTC, in the shim's input format. */
const text = (asUtc: number) =>
  new Date(asUtc).toISOString().slice(0, 19).replace('T', ' ');

/** Instants where the zone's offset changes, to the second, between FROM and TO. */
function transitions(offset: (t: number) => number): number[] {
  const found: number[] = [];
  const step = 14 * 24 * HOUR;
  let last = offset(FROM);
  for (let t = FROM; t < TO; t += step) {
    const next = offset(t + step);
    if (next === last) continue;
    last = next;
    let [lo, hi] = [t, t + step];
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

describe('the moment-timezone shim of the holiday parser, against Intl', () => {
  it('knows every zone of the bundled holiday data', () => {
    expect(ZONES.length).toBeGreaterThan(100);
    for (const zone of ZONES) expect(isValidTimeZone(zone), zone).toBe(true);
  });

  it.each(ZONES)(
    '%s: wall clock of instants, and instants of wall-clock times, 2015–2040',
    (zone) => {
      const { wall, offset } = intl(zone);
      // An instant of every month (its day and hour moving): fields as Intl reads them, and back
      // from those fields to the same wall clock (the same instant, or an earlier one showing the
      // same time when the time happens twice).
      for (let y = 2015; y <= 2040; y++)
        for (let m = 0; m < 12; m++) {
          const t = Date.UTC(y, m, 1 + ((y + m) % 28), (7 * m + y) % 24, 30);
          const moment = tz(new Date(t), zone);
          const two = (n: number) => String(n).padStart(2, '0');
          const fields = `${moment.year()}-${two(moment.month() + 1)}-${two(moment.date())} ${two(moment.hours())}:${two(moment.minutes())}:${two(moment.seconds())}`;
          expect(fields, `${zone} ${t}`).toBe(wall(t));
          const back = Date.parse(tz(wall(t), zone).format());
          expect(wall(back), wall(t)).toBe(wall(t));
          expect(back, wall(t)).toBeLessThanOrEqual(t);
        }
      // Around every switch: a skipped time moves forward by the gap, a repeated time is the
      // first of the two, and the hours either side are themselves.
      for (const switchAt of transitions(offset)) {
        const before = offset(switchAt - 1000);
        const after = offset(switchAt);
        const local = (t: number, o: number) => t + o;
        for (const t of [switchAt - 2 * HOUR, switchAt + 2 * HOUR]) {
          expect(Date.parse(tz(wall(t), zone).format()), wall(t)).toBe(t);
        }
        const middle = local(switchAt, before) + (after - before) / 2;
        const instant = Date.parse(tz(text(middle), zone).format());
        // Gap (after > before): `middle` never shows; overlap: it shows twice. Either way the
        // answer reads `middle` with the offset in force before the switch.
        expect(instant, `${zone} ${text(middle)}`).toBe(middle - before);
        if (after > before)
          expect(wall(instant)).toBe(text(middle + (after - before)));
        else expect(wall(instant)).toBe(text(middle));
      }
    },
  );

  it('refuses a time it cannot read', () => {
    expect(() => tz('2026-06-19', 'Europe/Helsinki')).toThrow(RangeError);
  });
});
