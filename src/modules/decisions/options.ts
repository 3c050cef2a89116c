// Small pure helpers for ballot options (the matching rule is the same as rules.ts's tally: NFC, trimmed).
export function normaliseOption(s: string): string {
  return s.normalize('NFC').trim();
}

/** Index of `choice` among `options`, exact spelling first, then NFC / trimmed; -1 when it is not an option. */
export function findOption(options: readonly string[], choice: unknown): number {
  if (typeof choice !== 'string') return -1;
  const exact = options.indexOf(choice);
  if (exact >= 0) return exact;
  const k = normaliseOption(choice);
  return options.findIndex((o) => normaliseOption(o) === k);
}
