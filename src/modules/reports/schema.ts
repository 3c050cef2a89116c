// JSON schemas of the reports routes. The indicators' schemas come from the installed modules' definitions, so the
// OpenAPI document (and the web's types) name every indicator of the platform.
import { idInput, legalDate, idSchema } from '../../core/http.ts';
import type { IndicatorDefinition } from '../../core/indicators.ts';
import { NARRATIVE_KEYS } from './rules.ts';

export const periodQuery = {
  type: 'object',
  required: ['unitId'],
  additionalProperties: false,
  properties: { unitId: idSchema, from: legalDate, to: legalDate },
} as const;

export type PeriodQuery = { unitId: string; from?: string; to?: string };

export const documentQuery = {
  type: 'object',
  required: ['unitId'],
  additionalProperties: false,
  properties: {
    ...periodQuery.properties,
    format: { type: 'string', enum: ['docx', 'xlsx', 'pdf'], default: 'docx' },
    issuer: { type: 'string', enum: ['committee', 'steering'] },
  },
} as const;

/** The report as a file: DOCX (Decree 30/2020 layout), XLSX or PDF. */
export const documentResponse = {
  description: 'Báo cáo: DOCX (Nghị định 30/2020), XLSX hoặc PDF',
  content: Object.fromEntries(
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/pdf',
    ].map((t) => [t, { schema: { type: 'string', format: 'binary' } }]),
  ),
} as const;

const label = { type: 'object', required: ['vi', 'en'], additionalProperties: false, properties: { vi: { type: 'string' }, en: { type: 'string' } } } as const;

/** `{<indicator key>: <its value>}` for every installed indicator. */
export function indicatorValuesSchema(defs: readonly IndicatorDefinition[]) {
  return { type: 'object', required: defs.map((d) => d.key), additionalProperties: false, properties: Object.fromEntries(defs.map((d) => [d.key, d.schema])) };
}

export function indicatorsResponse(defs: readonly IndicatorDefinition[]) {
  const values = indicatorValuesSchema(defs);
  return {
    type: 'object',
    required: ['unitId', 'name', 'from', 'to', 'indicators', 'children'],
    properties: {
      unitId: { type: 'string' },
      name: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      indicators: values,
      children: {
        type: 'array',
        items: {
          type: 'object',
          required: ['unitId', 'name', 'kind', 'indicators'],
          properties: { unitId: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, indicators: values },
        },
      },
    },
  };
}

const strings = { type: 'array', items: { type: 'string' } } as const;

export const definitionsResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'group', 'label', 'legal', 'inputs'],
        properties: {
          key: { type: 'string' },
          group: { type: 'string' },
          label,
          legal: { type: 'string' },
          inputs: {
            type: 'object',
            properties: {
              sums: strings,
              sumsUntilYesterday: strings,
              unitsWith: { type: 'array', items: { type: 'object', required: ['key', 'kind'], properties: { key: { type: 'string' }, kind: { type: 'string' } } } },
              sumsOfKind: { type: 'array', items: { type: 'object', required: ['key', 'kind'], properties: { key: { type: 'string' }, kind: { type: 'string' } } } },
            },
          },
        },
      },
    },
  },
} as const;

const numberMap = { type: 'object', additionalProperties: { type: ['number', 'null'] } } as const;

export const dashboardResponse = {
  type: 'object',
  required: ['unitId', 'name', 'from', 'to', 'figures', 'panels', 'trend'],
  properties: {
    unitId: { type: 'string' },
    name: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    figures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'label', 'format', 'values'],
        properties: { key: { type: 'string' }, label, format: { type: 'string', enum: ['share', 'pair', 'int'] }, values: { type: 'array', items: { type: 'number' } } },
      },
    },
    panels: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'title', 'chart', 'alt', 'columns', 'rows', 'slices'],
        properties: {
          key: { type: 'string' },
          title: label,
          chart: { type: 'string', enum: ['bar', 'pie', 'line'] },
          percent: { type: 'boolean' },
          alt: label,
          columns: { type: 'array', items: { type: 'object', required: ['key', 'label', 'chart'], properties: { key: { type: 'string' }, label, chart: { type: 'boolean' } } } },
          rows: { type: 'array', items: { type: 'object', required: ['unitId', 'name', 'values'], properties: { unitId: { type: 'string' }, name: { type: 'string' }, values: numberMap } } },
          slices: { type: 'array', items: { type: 'object', required: ['key', 'label', 'value'], properties: { key: { type: 'string' }, label, value: { type: 'number' } } } },
        },
      },
    },
    trend: {
      type: 'object',
      required: ['series', 'months'],
      properties: {
        series: { type: 'array', items: { type: 'object', required: ['key', 'label'], properties: { key: { type: 'string' }, label } } },
        months: { type: 'array', items: { type: 'object', required: ['month', 'values'], properties: { month: { type: 'string' }, values: numberMap } } },
      },
    },
  },
} as const;

const sectionsSchema = { type: 'object', additionalProperties: false, properties: Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, { type: 'string', maxLength: 50_000 }])) };

export const draftResponse = {
  type: 'object',
  required: ['unitId', 'from', 'to', 'number', 'sections', 'saved', 'updatedAt', 'can'],
  properties: {
    unitId: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    number: { type: ['string', 'null'] },
    signerName: { type: 'string' },
    sections: sectionsSchema,
    saved: { type: 'boolean' },
    updatedAt: { type: ['string', 'null'] },
    can: {
      type: 'object',
      required: ['edit', 'signForSteering'],
      additionalProperties: false,
      properties: { edit: { type: 'boolean' }, signForSteering: { type: 'boolean' } },
    },
    sectionsMeta: {
      type: 'array',
      items: { type: 'object', required: ['key', 'heading'], properties: { key: { type: 'string' }, heading: label } },
    },
  },
} as const;

export const draftBody = {
  type: 'object',
  required: ['unitId', 'from', 'to', 'sections'],
  additionalProperties: false,
  properties: {
    unitId: idInput,
    from: legalDate,
    to: legalDate,
    number: { type: ['string', 'null'], maxLength: 20, pattern: '^[0-9A-Za-z/.-]*$' },
    signerName: { type: 'string', maxLength: 200 },
    sections: sectionsSchema,
  },
} as const;
