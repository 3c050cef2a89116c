// JSON schemas of the steering committee and programme routes: what they accept and what they answer.
import { attachmentSchema } from '../../../core/attachments-schema.ts';
import { idInput, idParams, idSchema, legalDate } from '../../../core/http.ts';
import { MEMBER_ROLES } from '../rules.ts';

const TAGS = ['steering'];
const role = { type: 'string', enum: [...MEMBER_ROLES] } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const created = { 201: { type: 'object', required: ['id'], properties: { id: idSchema } } } as const;
const ok = { 200: { type: 'object', required: ['id'], properties: { id: idSchema } } } as const;
const reason = { type: 'string', maxLength: 2000 } as const;

const memberProps = {
  name: { type: 'string', minLength: 1, maxLength: 200 },
  position: { type: 'string', maxLength: 300 },
  role,
  userId: idInput,
  followsUnitIds: { type: 'array', maxItems: 200, items: idInput },
} as const;

const memberInput = { type: 'object', required: ['name', 'role'], additionalProperties: false, properties: memberProps } as const;

export const createCommitteeSchema = {
  tags: TAGS,
  summary: 'Thành lập Ban Chỉ đạo thực hiện dân chủ ở cơ sở của một đơn vị (một Trưởng ban)',
  body: {
    type: 'object',
    required: ['unitId', 'members'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      name: { type: 'string', maxLength: 300 },
      members: { type: 'array', minItems: 1, maxItems: 100, items: memberInput },
      rulesAttachmentId: idInput,
      establishedOn: legalDate,
    },
  },
  response: created,
} as const;

const member = {
  type: 'object',
  required: ['id', 'name', 'position', 'role', 'roleLabel', 'userId', 'follows', 'fromOn', 'toOn', 'current'],
  properties: {
    id: idSchema,
    name: { type: 'string' },
    position: { type: 'string' },
    role,
    roleLabel: { type: 'string' },
    userId: { type: ['string', 'null'] },
    follows: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: idSchema, name: { type: 'string' } } } },
    fromOn: legalDate,
    toOn: nullableDate,
    current: { type: 'boolean' },
  },
} as const;

const historyEntry = {
  type: 'object',
  required: ['id', 'memberId', 'kind', 'on', 'reason', 'text'],
  properties: {
    id: idSchema,
    memberId: idSchema,
    kind: { type: 'string', enum: ['added', 'changed', 'removed'] },
    on: legalDate,
    reason: { type: 'string' },
    text: { type: 'string' },
  },
} as const;

const committee = {
  type: 'object',
  required: ['id', 'unitId', 'unitName', 'name', 'head', 'currentMembers', 'workingRules', 'members', 'history', 'can'],
  properties: {
    id: idSchema,
    unitId: idSchema,
    unitName: { type: 'string' },
    name: { type: 'string' },
    head: nullableString,
    currentMembers: { type: 'integer' },
    workingRules: { anyOf: [attachmentSchema, { type: 'null' }] },
    members: { type: 'array', items: member },
    history: { type: 'array', items: historyEntry },
    can: { type: 'object', required: ['manage'], properties: { manage: { type: 'boolean' } } },
  },
} as const;

export const listCommitteesSchema = {
  tags: TAGS,
  summary: 'Ban Chỉ đạo của đơn vị: thành viên, đơn vị phụ trách, quy chế hoạt động, lịch sử kiện toàn',
  querystring: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema } },
  response: {
    200: {
      type: 'object',
      required: ['items', 'can'],
      properties: {
        items: { type: 'array', items: committee },
        can: { type: 'object', required: ['create'], properties: { create: { type: 'boolean' } } },
      },
    },
  },
} as const;

const changeProps = { on: legalDate, reason } as const;
const memberParams = {
  type: 'object',
  required: ['id', 'memberId'],
  additionalProperties: false,
  properties: { id: idParams.properties.id, memberId: idParams.properties.id },
} as const;

export const addMemberSchema = {
  tags: TAGS,
  summary: 'Bổ sung thành viên Ban Chỉ đạo (ngày hiệu lực)',
  params: idParams,
  body: { type: 'object', required: ['name', 'role', 'on'], additionalProperties: false, properties: { ...memberProps, ...changeProps } },
  response: created,
} as const;

export const changeMemberSchema = {
  tags: TAGS,
  summary: 'Thay đổi chức vụ, vai trò, đơn vị phụ trách của thành viên (ngày hiệu lực)',
  params: memberParams,
  body: {
    type: 'object',
    required: ['on'],
    additionalProperties: false,
    properties: { name: memberProps.name, position: memberProps.position, role, followsUnitIds: memberProps.followsUnitIds, ...changeProps },
  },
  response: ok,
} as const;

export const removeMemberSchema = {
  tags: TAGS,
  summary: 'Thành viên thôi tham gia Ban Chỉ đạo (ngày hiệu lực, lý do)',
  params: memberParams,
  body: { type: 'object', required: ['on'], additionalProperties: false, properties: changeProps },
  response: ok,
} as const;

export const setRulesSchema = {
  tags: TAGS,
  summary: 'Đính kèm quy chế hoạt động của Ban Chỉ đạo (tệp đã tải lên)',
  params: idParams,
  body: { type: 'object', required: ['attachmentId'], additionalProperties: false, properties: { attachmentId: idInput } },
  response: ok,
} as const;

// ---- programmes ------------------------------------------------------------------------------------------------

const taskInput = {
  type: 'object',
  required: ['title', 'dueOn'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 2000 },
    dueOn: legalDate,
    ownerName: { type: 'string', maxLength: 300 },
    assigneeUnitId: idInput,
  },
} as const;

export const createProgrammeSchema = {
  tags: TAGS,
  summary: 'Ban hành Chương trình công tác năm của Ban Chỉ đạo (một chương trình mỗi năm)',
  body: {
    type: 'object',
    required: ['unitId', 'year', 'tasks'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      year: { type: 'integer', minimum: 2000, maximum: 2100 },
      tasks: { type: 'array', minItems: 1, maxItems: 300, items: taskInput },
      number: { type: 'string', maxLength: 20 },
      issuedOn: legalDate,
    },
  },
  response: created,
} as const;

export const addTaskSchema = { tags: TAGS, summary: 'Bổ sung nhiệm vụ vào chương trình công tác', params: idParams, body: taskInput, response: created } as const;

export const taskDoneSchema = {
  tags: TAGS,
  summary: 'Đánh dấu nhiệm vụ đã hoàn thành',
  params: idParams,
  body: { type: 'object', additionalProperties: false, properties: { on: legalDate } },
  response: ok,
} as const;

const progressSchema = {
  type: 'object',
  required: ['tasks', 'done', 'overdue', 'open'],
  properties: { tasks: { type: 'integer' }, done: { type: 'integer' }, overdue: { type: 'integer' }, open: { type: 'integer' } },
} as const;

export const listProgrammesSchema = {
  tags: TAGS,
  summary: 'Các chương trình công tác năm của Ban Chỉ đạo một đơn vị',
  querystring: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema } },
  response: {
    200: {
      type: 'object',
      required: ['items', 'can'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'year', 'number', 'issuedOn', 'progress'],
            properties: { id: idSchema, year: { type: 'integer' }, number: nullableString, issuedOn: legalDate, progress: progressSchema },
          },
        },
        can: { type: 'object', required: ['create'], properties: { create: { type: 'boolean' } } },
      },
    },
  },
} as const;

const task = {
  type: 'object',
  required: ['id', 'title', 'dueOn', 'ownerName', 'assigneeUnitId', 'assigneeName', 'status', 'statusLabel', 'doneOn', 'source', 'can'],
  properties: {
    id: idSchema,
    title: { type: 'string' },
    dueOn: legalDate,
    ownerName: { type: 'string' },
    assigneeUnitId: { type: ['string', 'null'] },
    assigneeName: nullableString,
    status: { type: 'string', enum: ['open', 'done', 'overdue'] },
    statusLabel: { type: 'string' },
    doneOn: nullableDate,
    source: { type: 'string' },
    can: { type: 'object', required: ['markDone'], properties: { markDone: { type: 'boolean' } } },
  },
} as const;

export const programmeSchema = {
  tags: TAGS,
  summary: 'Chương trình công tác năm: nhiệm vụ và tình trạng (đang thực hiện, hoàn thành, quá hạn)',
  params: idParams,
  response: {
    200: {
      type: 'object',
      required: ['id', 'unitId', 'unitName', 'year', 'number', 'issuedOn', 'today', 'tasks', 'progress', 'documentUrl', 'can'],
      properties: {
        id: idSchema,
        unitId: idSchema,
        unitName: { type: 'string' },
        year: { type: 'integer' },
        number: nullableString,
        issuedOn: legalDate,
        today: legalDate,
        tasks: { type: 'array', items: task },
        progress: progressSchema,
        documentUrl: { type: 'string' },
        can: { type: 'object', required: ['addTask'], properties: { addTask: { type: 'boolean' } } },
      },
    },
  },
} as const;

export const programmeDocumentSchema = {
  tags: TAGS,
  summary: 'Chương trình công tác năm (DOCX, thể thức Nghị định 30/2020/NĐ-CP)',
  params: idParams,
  response: {
    200: {
      description: 'Tệp DOCX',
      content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } } },
    },
  },
} as const;
