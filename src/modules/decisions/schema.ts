// JSON schemas of the decisions routes: what each accepts, and what each answers (every success status, `required`
// naming every field always present). The web's types are generated from these (npm run api-types).
import { idInput, idParams, idSchema, legalDate, listQueryProps } from '../../core/http.ts';
import {
  BALLOT_CHANNELS,
  DECISION_ACTIONS,
  DECISION_KINDS,
  DECISION_METHODS,
  DECISION_STATUSES,
  MATTERS,
  PASSING_RULES,
} from './rules.ts';

export const tags = ['decisions'];

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const enumOf = <T extends readonly string[]>(values: T) => ({ type: 'string', enum: [...values] }) as const;

// ---- bodies and query strings ------------------------------------------------------------------------------------

export const openBody = {
  type: 'object',
  required: ['unitId', 'title', 'matter', 'method', 'options'],
  additionalProperties: false,
  properties: {
    unitId: idInput,
    title: text(300),
    description: { type: 'string', maxLength: 5000 },
    matter: enumOf(MATTERS),
    method: enumOf(DECISION_METHODS),
    kind: enumOf(DECISION_KINDS),
    options: { type: 'array', minItems: 1, maxItems: 50, items: text(200) },
    secret: bool,
    opensAt: { type: 'string', format: 'date-time' },
    closesAt: { type: 'string', format: 'date-time' },
    meetingLackedHouseholds: bool,
    communeWide: bool,
    householdsChoosingOnline: { type: 'integer', minimum: 0, maximum: 10_000_000 },
  },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...listQueryProps, unitId: idSchema, status: enumOf(DECISION_STATUSES) },
} as const;

export const ballotBody = {
  type: 'object',
  required: ['householdId', 'choice'],
  additionalProperties: false,
  properties: { householdId: idInput, choice: text(200), channel: enumOf(BALLOT_CHANNELS) },
} as const;

export const participationQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 500 },
    cursor: listQueryProps.cursor,
    q: { type: 'string', maxLength: 100 },
    voted: bool,
  },
} as const;

export const meetingBody = {
  type: 'object',
  required: ['represented'],
  additionalProperties: false,
  properties: {
    represented: { type: 'integer', minimum: 0, maximum: 10_000_000 },
    heldOn: legalDate,
    place: { type: 'string', maxLength: 300 },
    chair: { type: 'string', maxLength: 200 },
    secretary: { type: 'string', maxLength: 200 },
  },
} as const;

export const recogniseBody = { type: 'object', additionalProperties: false, properties: { number: { type: 'string', maxLength: 100 } } } as const;

export const refuseBody = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: text(5000), number: { type: 'string', maxLength: 100 } },
} as const;

export const cancelBody = { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: text(2000) } } as const;

export { idParams };

// ---- answers -----------------------------------------------------------------------------------------------------

/** An object schema whose every property is always present. */
const allRequired = <P extends Record<string, unknown>>(properties: P) => ({ type: 'object', required: Object.keys(properties) as (keyof P & string)[], properties }) as const;

export const openedResponse = allRequired({ id: idSchema, status: enumOf(DECISION_STATUSES), eligibleHouseholds: int });

const summaryProperties = {
  id: idSchema,
  unitId: idSchema,
  unitName: str,
  title: str,
  matter: enumOf(MATTERS),
  matterLabel: str,
  kind: enumOf(DECISION_KINDS),
  method: enumOf(DECISION_METHODS),
  methodLabel: str,
  secret: bool,
  status: enumOf(DECISION_STATUSES),
  statusLabel: str,
  opensAt: str,
  closesAt: nullableStr,
  openedOn: str,
  closedOn: nullableStr,
  eligibleHouseholds: int,
  participatingHouseholds: int,
  rule: enumOf(PASSING_RULES),
  rulePhrase: str,
  threshold: int,
  passed: { type: ['boolean', 'null'] },
} as const;

export const listResponse = allRequired({ items: { type: 'array', items: allRequired(summaryProperties) }, nextCursor: nullableStr });

export const resultResponse = allRequired({
  decisionId: idSchema,
  status: enumOf(DECISION_STATUSES),
  eligibleHouseholds: int,
  participatingHouseholds: int,
  counts: { type: 'object', additionalProperties: int },
  passed: bool,
  winningOption: nullableStr,
  threshold: int,
  rule: enumOf(PASSING_RULES),
  outcome: enumOf(['passed', 'failed', 'tie', 'no_majority'] as const),
  tiedOptions: { type: 'array', items: str },
  summary: str,
  closedOn: str,
  breakdown: {
    type: 'array',
    items: allRequired({ channel: enumOf(BALLOT_CHANNELS), label: str, households: { type: ['integer', 'null'] }, suppressed: bool }),
  },
});

const meetingProperties = {
  heldOn: str,
  place: nullableStr,
  chair: nullableStr,
  secretary: nullableStr,
  represented: int,
  absent: int,
  valid: bool,
  nextStep: enumOf(['vote_at_meeting', 'continue_by_ballot'] as const),
  method: enumOf(DECISION_METHODS),
} as const;

export const meetingResponse = allRequired(meetingProperties);

/** Null or the object: every property present when it is there. */
const nullable = <S extends { properties: object; required: readonly string[] }>(s: S) => ({ ...s, type: ['object', 'null'] }) as const;

export const detailResponse = allRequired({
  ...summaryProperties,
  description: nullableStr,
  options: { type: 'array', items: str },
  initialMethod: enumOf(DECISION_METHODS),
  meeting: nullable(allRequired(meetingProperties)),
  recognition: nullable(
    allRequired({
      authority: enumOf(['commune_people_committee', 'commune_fatherland_front'] as const),
      authorityLabel: str,
      submittedOn: nullableStr,
      dueOn: nullableStr,
      answeredOn: nullableStr,
      number: nullableStr,
      refusalReason: nullableStr,
    }),
  ),
  cancelReason: nullableStr,
  disclosureId: nullableStr,
  result: nullable(resultResponse),
  myHousehold: nullable(allRequired({ id: idSchema, voted: bool, eligible: bool })),
  can: allRequired({
    vote: bool,
    enterBallots: bool,
    recordMeeting: bool,
    close: bool,
    recognise: bool,
    refuse: bool,
    viewParticipation: bool,
    checkIntegrity: bool,
  }),
  allowedActions: { type: 'array', items: enumOf(DECISION_ACTIONS) },
});

export const ballotResponse = allRequired({ decisionId: idSchema, householdId: idSchema, channel: enumOf(BALLOT_CHANNELS), recordedAt: str });

export const participationResponse = allRequired({
  eligibleHouseholds: int,
  participatingHouseholds: int,
  status: enumOf(DECISION_STATUSES),
  items: {
    type: 'array',
    items: allRequired({
      householdId: idSchema,
      name: str,
      address: nullableStr,
      representative: nullableStr,
      voted: bool,
      channel: { type: ['string', 'null'], enum: [...BALLOT_CHANNELS, null] },
      recordedAt: nullableStr,
    }),
  },
  nextCursor: nullableStr,
});

const problemSchema = {
  type: 'object',
  required: ['code', 'message', 'count'],
  properties: {
    code: str,
    message: str,
    /** Households concerned (at most 20, in id order), and the same with their names (null: no such household now). */
    householdIds: { type: 'array', items: idSchema },
    households: { type: 'array', items: allRequired({ id: idSchema, name: nullableStr }) },
    entryIds: { type: 'array', items: idSchema },
    chains: { type: 'array', items: str },
    count: int,
  },
} as const;

export const integrityResponse = allRequired({
  decisionId: idSchema,
  status: enumOf(DECISION_STATUSES),
  secret: bool,
  eligibleHouseholds: int,
  checkedAt: str,
  ok: bool,
  registerCount: int,
  boxTotal: int,
  auditEntries: int,
  auditedBallots: int,
  problems: { type: 'array', items: problemSchema },
  message: str,
});

export const docxResponse = {
  description: 'Tệp DOCX',
  content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } } },
} as const;
