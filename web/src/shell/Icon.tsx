/**
 * <Icon name="…" /> — small line icons drawn inline as SVG (no icon font, no emoji: phones and kiosks without an
 * emoji font showed empty boxes). Decorative: aria-hidden; the text beside them carries the meaning.
 */
const PATHS: Record<string, string[]> = {
  megaphone: ['M3 10v4h3l8 5V5L6 10H3z', 'M17 9a4 4 0 0 1 0 6', 'M7 14l1.5 5h2.5l-1.2-4.2'],
  mail: ['M3 6h18v12H3z', 'M3 7l9 6 9-6'],
  search: ['M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13z', 'M15.5 15.5L21 21'],
  units: ['M3 11l9-7 9 7', 'M5 10v10h14V10', 'M10 20v-6h4v6'],
  ballot: ['M4 4h16v16H4z', 'M8 12l3 3 5-6'],
  chat: ['M4 5h16v11H10l-5 4v-4H4z', 'M8 9.5h8', 'M8 12.5h5'],
  people: ['M9 5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z', 'M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6', 'M16.5 6.5a2.5 2.5 0 1 1 0 5', 'M17 14.5c2.5.3 4 2.3 4 5.5'],
  chart: ['M4 4v16h16', 'M8 16v-5', 'M12 16V8', 'M16 16v-7'],
  eye: ['M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z', 'M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6z'],
  inbox: ['M3 13l3-8h12l3 8v6H3z', 'M3 13h5l1.5 2.5h5L16 13h5'],
};

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 28 }: { name: IconName | string; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {(PATHS[name] ?? PATHS.units!).map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
