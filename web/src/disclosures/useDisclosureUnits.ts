// The units where the user may do a disclosures action (from /me, not role names): a unit granted at a province or
// above stands for all its communes; a commune brings its villages.
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../auth.tsx';
import type { UnitLite } from '../shell/useMyUnits.ts';
import { fetchUnit, fetchUnits } from './api.ts';

export function useDisclosureUnits(action: 'disclosure.publish' | 'disclosure.answer' | 'disclosure.compliance') {
  const { unitsFor } = useAuth();
  const ids = unitsFor(action);
  return useQuery({
    queryKey: ['disclosure-units', action, ids.join(',')],
    queryFn: async () => {
      const out: UnitLite[] = [];
      for (const id of ids) {
        const u = await fetchUnit(id);
        if (u.kind === 'country' || u.kind === 'province') {
          out.push(...(await fetchUnits({ kind: 'commune' })).items);
        } else {
          out.push(u);
          if (u.kind === 'commune') out.push(...(await fetchUnits({ parentId: u.id, kind: 'village' })).items);
        }
      }
      return out.filter((u, i) => out.findIndex((x) => x.id === u.id) === i);
    },
  });
}
