// JSON schemas of the legal calendar's routes (GET /calendar/due-date, GET and PUT /calendar/holidays).
import { legalDate } from '../http.ts';
import { MAX_YEAR, MIN_YEAR } from './lunar.ts';

/** Longest deadline the due-date endpoint computes (10 years of days). */
const MAX_DUE_DAYS = 3650;

const TAGS = ['calendar'];
const DEADLINE_UNITS = ['working', 'calendar'];
const year = { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } as const;

const namedDay = {
  type: 'object',
  required: ['date', 'name'],
  additionalProperties: false,
  properties: { date: legalDate, name: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/** The schedule in force for a year: its days off besides weekends and its weekend days declared working days. */
const yearSchedule = {
  type: 'object',
  required: ['year', 'official', 'days', 'workingDays'],
  properties: {
    year: { type: 'integer' },
    /** True when an administrator loaded the official schedule; false: computed from the Labour Code. */
    official: { type: 'boolean' },
    days: { type: 'array', items: namedDay },
    workingDays: { type: 'array', items: namedDay },
  },
} as const;

export const dueDateSchema = {
  tags: TAGS,
  summary: 'Tính hạn (không tính ngày nhận; hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)',
  querystring: {
    type: 'object',
    required: ['from', 'days'],
    additionalProperties: false,
    properties: {
      from: legalDate,
      days: { type: 'integer', minimum: 0, maximum: MAX_DUE_DAYS },
      unit: { type: 'string', enum: DEADLINE_UNITS, default: 'working' },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['from', 'days', 'unit', 'dueDate'],
      properties: { from: legalDate, days: { type: 'integer' }, unit: { type: 'string', enum: DEADLINE_UNITS }, dueDate: legalDate },
    },
  },
} as const;

export const holidaysSchema = {
  tags: TAGS,
  summary: 'Ngày nghỉ lễ, Tết và ngày nghỉ bù của một năm',
  querystring: { type: 'object', required: ['year'], additionalProperties: false, properties: { year } },
  response: { 200: yearSchedule },
} as const;

export const setHolidaysSchema = {
  tags: TAGS,
  summary: 'Nạp lịch nghỉ chính thức của năm (thay thế lịch mặc định)',
  params: { type: 'object', required: ['year'], additionalProperties: false, properties: { year } },
  body: {
    type: 'object',
    required: ['days'],
    additionalProperties: false,
    properties: {
      year: { type: 'integer' },
      days: { type: 'array', maxItems: 100, items: namedDay },
      workingDays: { type: 'array', maxItems: 60, items: namedDay },
    },
  },
  response: { 200: yearSchedule },
} as const;
