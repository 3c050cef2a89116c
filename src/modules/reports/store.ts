// SQL of the reports module: the narrative sections of a report (drafts). Figures come from core's counters.
import { tablesOf, type Db } from '../../core/db.ts';
import type { ReportsTables } from './tables.ts';

const q = (db: Db) => tablesOf<ReportsTables>(db);

export async function findDraft(db: Db, unitId: number, from: string, to: string) {
  return q(db)
    .selectFrom('report_drafts')
    .select(['id', 'number', 'sections', 'updated_at', 'updated_by'])
    .where('unit_id', '=', unitId)
    .where('period_from', '=', from)
    .where('period_to', '=', to)
    .executeTakeFirst();
}

export async function upsertDraft(
  db: Db,
  d: { unitId: number; from: string; to: string; number: string | null; sections: Record<string, string>; by: number; at: Date },
): Promise<number> {
  const r = await q(db)
    .insertInto('report_drafts')
    .values({ unit_id: d.unitId, period_from: d.from, period_to: d.to, number: d.number, sections: JSON.stringify(d.sections), updated_by: d.by, updated_at: d.at })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'period_from', 'period_to']).doUpdateSet({
        number: d.number,
        sections: JSON.stringify(d.sections),
        updated_by: d.by,
        updated_at: d.at,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
