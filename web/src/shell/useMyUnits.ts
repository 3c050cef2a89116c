// Units the user works on: the units where they may do an action and, for the screens that need them, their
// direct children.
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../api.ts';
import { useAuth } from '../auth.tsx';

export interface UnitLite {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
}

/** The units where the user may do one of `actions` (permission actions, from /me), plus their children of `childKinds`. */
export function useMyUnits(actions: string[], childKinds: string[] = []) {
  const { unitsFor } = useAuth();
  const unitIds = [...new Set(actions.flatMap((a) => unitsFor(a)))];
  return useQuery({
    queryKey: ['my-units', unitIds.join(','), childKinds.join(',')],
    enabled: unitIds.length > 0,
    queryFn: async () => {
      const out: UnitLite[] = [];
      for (const unitId of unitIds) {
        const u = await api<UnitLite>(`/units/${unitId}`);
        out.push(u);
        for (const kind of childKinds) {
          const kids = await api<Page<UnitLite>>(`/units?parentId=${unitId}&kind=${kind}&limit=500`);
          out.push(...kids.items);
        }
      }
      return out.filter((u, i) => out.findIndex((x) => x.id === u.id) === i);
    },
  });
}
