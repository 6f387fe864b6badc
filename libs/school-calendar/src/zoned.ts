/**
 * Wall-clock time in a zone (Europe/London) without a library: Intl gives the local parts of an instant, and
 * a local time maps back to an instant by correcting a UTC guess with the zone's offset at that moment.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC at an instant, asked of Intl once per quarter hour (no zone changes its offset
 * between quarter hours) and remembered: SLA clocks ask for it thousands of times a second under load.
 */
function offsetAt(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const p = Object.fromEntries(
      formatter(timeZone)
        .formatToParts(new Date(quarter))
        .map((x) => [x.type, x.value]),
    );
    offset = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - quarter;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function parts(at: Date, timeZone: string) {
  const local = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
  const date = local.toISOString().slice(0, 10);
  return {
    date,
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds() + local.getUTCMilliseconds() / 1000,
  };
}

export const localDateOf = (at: Date, timeZone: string) => parts(at, timeZone).date;

/** Minutes since local midnight. */
export function localMinutesOf(at: Date, timeZone: string): number {
  const p = parts(at, timeZone);
  return p.hour * 60 + p.minute + p.second / 60;
}

export const parseHhMm = (time: string) => {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || +m[1] > 23 || +m[2] > 59) throw new RangeError(`"${time}" is not a time written HH:MM`);
  return +m[1] * 60 + +m[2];
};

/** The instant at which the clocks in `timeZone` show `time` on `localDate`. */
export function zonedTime(localDate: string, time: string, timeZone: string): Date {
  const minutes = parseHhMm(time);
  const guess = Date.UTC(
    +localDate.slice(0, 4),
    +localDate.slice(5, 7) - 1,
    +localDate.slice(8, 10),
    Math.floor(minutes / 60),
    minutes % 60,
  );
  const first = guess - offsetAt(guess, timeZone);
  // Near a clock change the offset at the corrected instant can differ; one more step settles it.
  return new Date(guess - offsetAt(first, timeZone));
}
