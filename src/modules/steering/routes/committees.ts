// HTTP routes of steering committees and their annual work programmes. Schemas in schema/committees.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../../core/http.ts';
import * as committees from '../commands/committees.ts';
import * as programmes from '../commands/programmes.ts';
import { committeesOfUnit } from '../queries/committees.ts';
import { listProgrammes, programmeDetail, programmeDocx } from '../queries/programmes.ts';
import * as s from '../schema/committees.ts';
import type { MemberRole } from '../tables.ts';

type IdIn = string | number;
type MemberBody = { name: string; position?: string; role: MemberRole; userId?: IdIn; followsUnitIds?: IdIn[] };
type TaskBody = { title: string; dueOn: string; ownerName?: string; assigneeUnitId?: IdIn };
type Change = { on: string; reason?: string };

const member = (m: MemberBody): committees.MemberInput => ({
  ...m,
  userId: m.userId === undefined ? undefined : parseId(m.userId, 'userId'),
  followsUnitIds: m.followsUnitIds?.map((x) => parseId(x, 'followsUnitIds')),
});
const task = (t: TaskBody): programmes.TaskInput => ({ ...t, assigneeUnitId: t.assigneeUnitId === undefined ? undefined : parseId(t.assigneeUnitId, 'assigneeUnitId') });

async function committeeRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: { unitId: IdIn; name?: string; members: MemberBody[]; rulesAttachmentId?: IdIn; establishedOn?: string } }>(
    '/steering/committees',
    { schema: s.createCommitteeSchema },
    async (req, reply) => {
      const b = req.body;
      const input = {
        ...b,
        unitId: parseId(b.unitId, 'unitId'),
        members: b.members.map(member),
        rulesAttachmentId: b.rulesAttachmentId === undefined ? undefined : parseId(b.rulesAttachmentId, 'rulesAttachmentId'),
      };
      return sendCreated(reply, await committees.createCommittee(ctxOf(req), input));
    },
  );
  app.get<{ Querystring: { unitId: string } }>('/steering/committees', { schema: s.listCommitteesSchema }, async (req) =>
    committeesOfUnit(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );
  app.post<{ Params: { id: string }; Body: MemberBody & Change }>('/steering/committees/:id/members', { schema: s.addMemberSchema }, async (req, reply) =>
    sendCreated(reply, await committees.addMember(ctxOf(req), parseId(req.params.id), { ...member(req.body), on: req.body.on, reason: req.body.reason })),
  );
  app.patch<{ Params: { id: string; memberId: string }; Body: Partial<MemberBody> & Change }>(
    '/steering/committees/:id/members/:memberId',
    { schema: s.changeMemberSchema },
    async (req) => {
      const b = req.body;
      const change = { ...b, followsUnitIds: b.followsUnitIds?.map((x) => parseId(x, 'followsUnitIds')), userId: undefined };
      return committees.changeMember(ctxOf(req), parseId(req.params.id), parseId(req.params.memberId, 'memberId'), change);
    },
  );
  app.delete<{ Params: { id: string; memberId: string }; Body: Change }>('/steering/committees/:id/members/:memberId', { schema: s.removeMemberSchema }, async (req) =>
    committees.removeMember(ctxOf(req), parseId(req.params.id), parseId(req.params.memberId, 'memberId'), req.body),
  );
  app.put<{ Params: { id: string }; Body: { attachmentId: IdIn } }>('/steering/committees/:id/rules', { schema: s.setRulesSchema }, async (req) =>
    committees.setWorkingRules(ctxOf(req), parseId(req.params.id), parseId(req.body.attachmentId, 'attachmentId')),
  );
}

async function programmeRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: { unitId: IdIn; year: number; tasks: TaskBody[]; number?: string; issuedOn?: string } }>(
    '/steering/programmes',
    { schema: s.createProgrammeSchema },
    async (req, reply) =>
      sendCreated(reply, await programmes.createProgramme(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId'), tasks: req.body.tasks.map(task) })),
  );
  app.get<{ Querystring: { unitId: string } }>('/steering/programmes', { schema: s.listProgrammesSchema }, async (req) =>
    listProgrammes(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );
  app.get<{ Params: { id: string } }>('/steering/programmes/:id', { schema: s.programmeSchema }, async (req) => programmeDetail(ctxOf(req), parseId(req.params.id)));
  app.get<{ Params: { id: string } }>('/steering/programmes/:id/document', { schema: s.programmeDocumentSchema }, async (req, reply) => {
    const file = await programmeDocx(ctxOf(req), parseId(req.params.id));
    return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
  });
  app.post<{ Params: { id: string }; Body: TaskBody }>('/steering/programmes/:id/tasks', { schema: s.addTaskSchema }, async (req, reply) =>
    sendCreated(reply, await programmes.addTask(ctxOf(req), parseId(req.params.id), task(req.body))),
  );
  app.post<{ Params: { id: string }; Body: { on?: string } }>('/steering/tasks/:id/done', { schema: s.taskDoneSchema }, async (req) =>
    programmes.markTaskDone(ctxOf(req), parseId(req.params.id), req.body ?? {}),
  );
}

export async function steeringCommitteeRoutes(app: FastifyInstance): Promise<void> {
  await committeeRoutes(app);
  await programmeRoutes(app);
}
