// Messages to the units a request is addressed to: one in-app message per account answering for the unit (its
// officials — the roles that submit, the administrator left out), written to the outbox in the caller's
// transaction, so that none is lost on a crash.
import type { Ctx } from '../../core/context.ts';
import { enqueue } from '../../core/outbox.ts';
import { rolesFor } from '../../core/permissions.ts';
import { usersWithRolesAt } from '../units/index.ts';

export async function notifyUnits(tx: Ctx, unitIds: readonly number[], m: { kind: string; title: string; body: string; link: string }): Promise<number> {
  const roles = rolesFor('request.submit').filter((r) => r !== 'admin');
  const users = await usersWithRolesAt(tx.db, unitIds, roles);
  await enqueue(tx, ...users.map((u) => ({ kind: m.kind, channel: 'in_app', recipientId: u.userId, payload: { title: m.title, body: m.body, link: m.link } })));
  return users.length;
}
