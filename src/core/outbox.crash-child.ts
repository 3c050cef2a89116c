// Helper process of outbox.int.test.ts: opens the database, enqueues a message in a committed transaction and
// then dies with SIGKILL before any delivery — the "crash between enqueue and delivery".
// Usage: tsx src/core/outbox.crash-child.ts <pglite-data-dir | postgres-url> <recipientId> <marker>
import { openDatabase } from './db.ts';
import { inTransaction, systemOrigin } from './context.ts';
import { enqueue } from './outbox.ts';

const [, , target = '', recipient = '1', marker = 'x'] = process.argv;
const database = await openDatabase(target.startsWith('postgres') ? { databaseUrl: target, poolSize: 1 } : { dataDir: target });
await inTransaction({ db: database.db, actor: null, origin: systemOrigin('crash-test'), now: new Date() }, async (tx) => {
  await enqueue(tx, { kind: 'test.crash', recipientId: Number(recipient), channel: 'in_app', payload: { title: marker } });
});
process.stdout.write('ENQUEUED\n');
process.kill(process.pid, 'SIGKILL');
