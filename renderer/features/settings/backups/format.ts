// How a backup reads in the list: its size, and what made it (the reason the core gives
// with each backup).

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** 1536 → "1.5 kB", 5_400_000 → "5.4 MB", in the user's locale. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const key = units[unit]!;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      style: 'unit',
      unit: key,
      unitDisplay: 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    });
    sizeFormats.set(key, format);
  }
  return format.format(value);
}

const KINDS: Record<string, string> = {
  manual: 'Backed up by you',
  auto: 'Automatic',
  'before-restore': 'Undo of a restore',
  'before-migration': 'Before an update',
};

export function backupKind(reason: string | null): string {
  return (reason && KINDS[reason]) ?? 'Backup';
}
