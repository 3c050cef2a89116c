// JSON schemas of the routes of cases and citizen reception: what each request may carry, and what each answer
// holds. The tests check every answer strictly against them, and the web's types are generated from them: no
// answer about a case ever holds a field not named here (and the public tracking answer names no personal data).
import { idInput, idParams, idSchema, legalDate, listQueryProps } from '../../core/http.ts';
import { CASE_ACTIONS, CASE_STATUSES, CASE_TYPES, COMPLEXITIES, INTAKE_CHANNELS, type CaseType, type IntakeChannel } from './rules/index.ts';

export { idParams };

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const obj = <P extends Record<string, unknown>, R extends readonly (keyof P & string)[]>(properties: P, required: R) =>
  ({ type: 'object', required, properties }) as const;
const page = <I>(items: I) => obj({ items: { type: 'array', items }, nextCursor: strOrNull }, ['items', 'nextCursor']);

// ---- requests -----------------------------------------------------------------------------------------------

const IDEMPOTENCY_KEY = '^[A-Za-z0-9_-]{16,100}$';
const TRACKING_CODE = '^[A-Za-z0-9-]{4,20}$';
const phone = { type: 'string', maxLength: 20, pattern: '^[0-9+ ().-]*$' } as const;
const hhmm = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;

const senderSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    phone,
    address: { type: 'string', maxLength: 300 },
    idNumber: { type: 'string', maxLength: 20, pattern: '^[0-9A-Za-z]*$' },
  },
} as const;

const caseBodyProps = {
  type: { type: 'string', enum: [...CASE_TYPES] },
  subject: { type: 'string', minLength: 1, maxLength: 300 },
  content: { type: 'string', minLength: 1, maxLength: 20000 },
  sender: senderSchema,
  remoteArea: bool,
  instance: { type: 'integer', enum: [1, 2] },
} as const;

export interface SenderBody {
  name: string;
  phone?: string;
  address?: string;
  idNumber?: string;
}

export interface CaseBody {
  type: CaseType;
  subject: string;
  content: string;
  sender: SenderBody;
  remoteArea?: boolean;
  instance?: 1 | 2;
}

export interface SubmitBody extends CaseBody {
  unitId: string | number;
  receivedOn?: string;
  channel?: IntakeChannel;
  idempotencyKey?: string;
}

export const submitBody = {
  type: 'object',
  required: ['type', 'unitId', 'subject', 'content', 'sender'],
  additionalProperties: false,
  properties: {
    ...caseBodyProps,
    unitId: idInput,
    receivedOn: legalDate,
    channel: { type: 'string', enum: [...INTAKE_CHANNELS] },
    idempotencyKey: { type: 'string', pattern: IDEMPOTENCY_KEY },
  },
} as const;

export const idempotencyHeaders = { type: 'object', properties: { 'idempotency-key': { type: 'string', pattern: IDEMPOTENCY_KEY } } } as const;

const secret = { type: 'string', minLength: 1, maxLength: 40 } as const;
export const trackParams = { type: 'object', required: ['trackingCode'], additionalProperties: false, properties: { trackingCode: { type: 'string', pattern: TRACKING_CODE } } } as const;
export const trackQuery = { type: 'object', required: ['secret'], additionalProperties: false, properties: { secret } } as const;
export const trackBody = {
  type: 'object',
  required: ['trackingCode', 'secret'],
  additionalProperties: false,
  properties: { trackingCode: { type: 'string', pattern: TRACKING_CODE }, secret },
} as const;

const statusFilter = { type: 'string', enum: [...CASE_STATUSES, 'open'] } as const;
export type StatusFilter = (typeof CASE_STATUSES)[number] | 'open';

export interface ListQuery {
  unitId?: string;
  status?: StatusFilter;
  type?: CaseType;
  overdue?: boolean;
  q?: string;
  mine?: boolean;
  limit: number;
  cursor?: string;
}

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    unitId: idSchema,
    status: statusFilter,
    type: { type: 'string', enum: [...CASE_TYPES] },
    overdue: bool,
    q: { type: 'string', maxLength: 200 },
    mine: bool,
    ...listQueryProps,
  },
} as const;

export const unitQuery = { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema } } as const;
export const exportQuery = { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema, status: statusFilter } } as const;

export interface ActionBody {
  action: (typeof CASE_ACTIONS)[number];
  note?: string;
  publicAnswer?: string;
  complexity?: (typeof COMPLEXITIES)[number];
  toUnitId?: string | number;
  userId?: string | number;
  on?: string;
}

export const actionBody = {
  type: 'object',
  required: ['action'],
  additionalProperties: false,
  properties: {
    action: { type: 'string', enum: [...CASE_ACTIONS] },
    note: { type: 'string', maxLength: 5000 },
    publicAnswer: { type: 'string', maxLength: 20000 },
    complexity: { type: 'string', enum: [...COMPLEXITIES] },
    toUnitId: idInput,
    userId: idInput,
    on: legalDate,
  },
} as const;

export const scheduleQuery = { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema, from: legalDate, to: legalDate } } as const;

export interface ScheduleBody {
  unitId: string | number;
  day: string;
  startsAt: string;
  endsAt: string;
  leaderName: string;
  leaderTitle: string;
  isChair?: boolean;
  place: string;
}

export const scheduleBody = {
  type: 'object',
  required: ['unitId', 'day', 'startsAt', 'endsAt', 'leaderName', 'leaderTitle', 'place'],
  additionalProperties: false,
  properties: {
    unitId: idInput,
    day: legalDate,
    startsAt: hhmm,
    endsAt: hhmm,
    leaderName: { type: 'string', minLength: 1, maxLength: 200 },
    leaderTitle: { type: 'string', minLength: 1, maxLength: 200 },
    isChair: bool,
    place: { type: 'string', minLength: 1, maxLength: 300 },
  },
} as const;

export interface SessionBody {
  unitId: string | number;
  heldOn: string;
  scheduleId?: string | number;
  receiverName: string;
  visitorName?: string;
  visitorCount?: number;
  topic: string;
  caseType?: CaseType;
  outcome?: string;
  openCase?: CaseBody;
}

export const sessionBody = {
  type: 'object',
  required: ['unitId', 'heldOn', 'receiverName', 'topic'],
  additionalProperties: false,
  properties: {
    unitId: idInput,
    heldOn: legalDate,
    scheduleId: idInput,
    receiverName: { type: 'string', minLength: 1, maxLength: 200 },
    visitorName: { type: 'string', maxLength: 200 },
    visitorCount: { type: 'integer', minimum: 1, maximum: 10000 },
    topic: { type: 'string', minLength: 1, maxLength: 2000 },
    caseType: { type: 'string', enum: [...CASE_TYPES] },
    outcome: { type: 'string', maxLength: 5000 },
    openCase: { type: 'object', required: ['type', 'subject', 'content', 'sender'], additionalProperties: false, properties: caseBodyProps },
  },
} as const;

export const sessionsQuery = { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema, ...listQueryProps } } as const;

// ---- answers ------------------------------------------------------------------------------------------------

const caseType = { type: 'string', enum: [...CASE_TYPES] } as const;
const caseStatus = { type: 'string', enum: [...CASE_STATUSES] } as const;
const dueDates = { type: 'object', properties: { accept: str, resolve: str } } as const;
const warning = { type: ['string', 'null'], enum: ['overdue', 'due_soon', null] } as const;
const person = obj({ id: str, name: str }, ['id', 'name']);

/** A case as lists and answers show it (views.ts `caseView`). */
const caseViewProps = {
  id: str,
  trackingCode: str,
  type: caseType,
  typeLabel: str,
  status: caseStatus,
  statusLabel: str,
  unitId: str,
  channel: { type: 'string', enum: [...INTAKE_CHANNELS] },
  subject: str,
  receivedOn: str,
  acceptedOn: strOrNull,
  closedOn: strOrNull,
  remoteArea: bool,
  instance: int,
  complexity: { type: 'string', enum: [...COMPLEXITIES] },
  extensions: int,
  rulesVersion: str,
  dueDates,
  nextDue: strOrNull,
  warning,
  daysOverdue: int,
  publicAnswer: strOrNull,
  transferredFrom: strOrNull,
  senderProtected: bool,
} as const;
const caseViewRequired = Object.keys(caseViewProps) as (keyof typeof caseViewProps)[];

const caseListItem = {
  type: 'object',
  required: [...caseViewRequired, 'senderName', 'assignees'],
  properties: { ...caseViewProps, senderName: strOrNull, assignees: { type: 'array', items: person } },
} as const;

/** What the current user may do with the case: act on it, assign it, see who sent it. */
const caseCan = obj({ act: bool, assign: bool, seeSender: bool }, ['act', 'assign', 'seeSender']);

const detailProps = {
  ...caseViewProps,
  content: str,
  sender: {
    type: ['object', 'null'],
    required: ['name', 'phone', 'address', 'idNumber'],
    properties: { name: str, phone: strOrNull, address: strOrNull, idNumber: strOrNull },
  },
  assignees: { type: 'array', items: person },
  allowedActions: { type: 'array', items: { type: 'string', enum: [...CASE_ACTIONS] } },
  history: {
    type: 'array',
    items: obj({ at: str, date: str, action: str, label: str, note: strOrNull, actorName: strOrNull }, ['at', 'date', 'action', 'label', 'note', 'actorName']),
  },
  can: caseCan,
} as const;

const caseDetail = {
  type: 'object',
  required: [...caseViewRequired, 'content', 'sender', 'assignees', 'allowedActions', 'history', 'can'],
  properties: detailProps,
} as const;

/** After an action: the whole case, or only how it stands when it left the actor's reach (transferred away). */
const caseAfterAction = { type: 'object', required: [...caseViewRequired, 'can'], properties: detailProps } as const;

const submitted = obj(
  { id: str, trackingCode: str, trackingSecret: str, status: caseStatus, statusLabel: str, type: caseType, receivedOn: str, rulesVersion: str, dueDates, warning },
  ['id', 'trackingCode', 'trackingSecret', 'status', 'statusLabel', 'type', 'receivedOn', 'rulesVersion', 'dueDates', 'warning'],
);

/** The public tracking answer: where the case stands, never who sent it. */
const tracked = obj(
  {
    trackingCode: str,
    type: caseType,
    typeLabel: str,
    status: caseStatus,
    statusLabel: str,
    unitName: str,
    receivedOn: str,
    dueDates,
    overdue: bool,
    publicAnswer: strOrNull,
    history: { type: 'array', items: obj({ date: str, label: str }, ['date', 'label']) },
  },
  ['trackingCode', 'type', 'typeLabel', 'status', 'statusLabel', 'unitName', 'receivedOn', 'dueDates', 'overdue', 'publicAnswer', 'history'],
);

const countProps = { open: int, overdue: int, dueSoon: int, resolved: int, total: int } as const;
const countKeys = ['open', 'overdue', 'dueSoon', 'resolved', 'total'] as const;
const unitCounts = obj({ unitId: str, name: str, kind: str, ...countProps }, ['unitId', 'name', 'kind', ...countKeys]);
const summary = obj(
  { unitId: str, name: str, asOf: str, totals: obj(countProps, countKeys), own: { ...unitCounts, type: ['object', 'null'] }, children: { type: 'array', items: unitCounts } },
  ['unitId', 'name', 'asOf', 'totals', 'own', 'children'],
);

const handlers = obj({ items: { type: 'array', items: obj({ id: str, name: str, username: str }, ['id', 'name', 'username']) } }, ['items']);

const schedule = obj(
  {
    unitId: str,
    unitName: str,
    from: str,
    to: str,
    requirement: {
      type: ['object', 'null'],
      required: ['period', 'days', 'legalSource'],
      properties: { period: { type: 'string', enum: ['week', 'month'] }, days: int, legalSource: str },
    },
    warnings: { type: 'array', items: obj({ period: str, scheduled: int, required: int, message: str }, ['period', 'scheduled', 'required', 'message']) },
    items: {
      type: 'array',
      items: obj(
        { id: str, day: str, startsAt: str, endsAt: str, leaderName: str, leaderTitle: str, isChair: bool, place: str },
        ['id', 'day', 'startsAt', 'endsAt', 'leaderName', 'leaderTitle', 'isChair', 'place'],
      ),
    },
    /** What the current user may do at this unit: manage its reception (schedule, session log). */
    can: obj({ manage: bool }, ['manage']),
  },
  ['unitId', 'unitName', 'from', 'to', 'requirement', 'warnings', 'items', 'can'],
);

const session = obj(
  {
    id: str,
    heldOn: str,
    receiverName: str,
    visitorName: strOrNull,
    visitorCount: int,
    topic: str,
    caseType: { type: ['string', 'null'], enum: [...CASE_TYPES, null] },
    outcome: strOrNull,
    caseId: strOrNull,
    trackingCode: strOrNull,
  },
  ['id', 'heldOn', 'receiverName', 'visitorName', 'visitorCount', 'topic', 'caseType', 'outcome', 'caseId', 'trackingCode'],
);

export const responses = {
  /** 201 a new case; 200 the same case again for a retried submission (Idempotency-Key). */
  submit: { 200: submitted, 201: submitted },
  track: { 200: tracked },
  list: { 200: page(caseListItem) },
  summary: { 200: summary },
  exportCsv: { 200: { description: 'CSV (UTF-8)', content: { 'text/csv': { schema: str } } } },
  detail: { 200: caseDetail },
  handlers: { 200: handlers },
  action: { 200: caseAfterAction },
  schedule: { 200: schedule },
  scheduleAdded: { 201: obj({ id: str }, ['id']) },
  sessionLogged: { 201: obj({ id: str, case: { ...submitted, type: ['object', 'null'] } }, ['id', 'case']) },
  sessions: { 200: page(session) },
} as const;
