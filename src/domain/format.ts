/** Number and date formatting through Intl, in the page's locale. */

const cache = new Map<string, Intl.NumberFormat>();

export function numberFormatter(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, options);
    cache.set(key, formatter);
  }
  return formatter;
}

const plainFormatters = new Map<string, Intl.NumberFormat>();

/** The hot path of every table cell: keyed without serialising options, as a page formats thousands. */
export function formatNumber(tag: string, value: number, maximumFractionDigits = 2): string {
  const key = `${tag}|${maximumFractionDigits}`;
  let formatter = plainFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, { maximumFractionDigits });
    plainFormatters.set(key, formatter);
  }
  return formatter.format(value);
}

export function formatPercent(tag: string, share: number): string {
  return numberFormatter(tag, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatDateTime(tag: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A file size for people: "1.2 MB" in the page's locale. */
export function formatBytes(tag: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormatter(tag, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** "14:03" in the page's locale, for "Saved at …". */
export function formatTime(tag: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag, { timeStyle: 'short' }).format(date);
}

/** A date for people, without the time: "28 Nov 2026" in the page's locale. */
export function formatDate(tag: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(date);
}
