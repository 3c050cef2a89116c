// Units the user works on: the units of their roles and, for the screens that need them, their direct children.
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../api.ts';
import { useAuth } from '../auth.tsx';

export interface UnitLite {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
}

/** The units of the user's roles among `roles`, plus their children of `childKinds`. */
export function useMyUnits(roles: string[], childKinds: string[] = []) {
  const { me } = useAuth();
  const grants = (me?.roles ?? []).filter((r) => roles.includes(r.role));
  return useQuery({
    queryKey: ['my-units', grants.map((g) => `${g.role}:${g.unitId}`).join(','), childKinds.join(',')],
    enabled: grants.length > 0,
    queryFn: async () => {
      const out: UnitLite[] = [];
      for (const g of grants) {
        const u = await api<UnitLite>(`/units/${g.unitId}`);
        out.push(u);
        for (const kind of childKinds) {
          const kids = await api<Page<UnitLite>>(`/units?parentId=${g.unitId}&kind=${kind}&limit=500`);
          out.push(...kids.items);
        }
      }
      return out.filter((u, i) => out.findIndex((x) => x.id === u.id) === i);
    },
  });
}
