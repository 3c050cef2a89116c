// SQL of case_senders: who sent a case. Called only by identity.ts, which decides who may see it and audits every
// read of a denouncer's identity.
import { tablesOf, type Db } from '../../../core/db.ts';
import type { CasesTables } from '../tables.ts';

const q = (db: Db) => tablesOf<CasesTables>(db);

export interface SenderRow {
  name: string;
  phone: string | null;
  address: string | null;
  idNumber: string | null;
}

export async function insertSender(db: Db, caseId: number, s: SenderRow): Promise<void> {
  await q(db).insertInto('case_senders').values({ case_id: caseId, name: s.name, phone: s.phone, address: s.address, id_number: s.idNumber }).execute();
}

export async function findSender(db: Db, caseId: number): Promise<SenderRow | null> {
  const r = await q(db).selectFrom('case_senders').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  return r ? { name: r.name, phone: r.phone, address: r.address, idNumber: r.id_number } : null;
}

/** Sender names of cases, never of denunciations (the SQL leaves them out). */
export async function senderNamesExceptDenunciations(db: Db, caseIds: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!caseIds.length) return out;
  const rows = await q(db)
    .selectFrom('case_senders as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .select(['s.case_id', 's.name'])
    .where('s.case_id', 'in', caseIds)
    .where('c.type', '<>', 'denunciation')
    .execute();
  for (const r of rows) out.set(r.case_id, r.name);
  return out;
}
