// Building blocks of the disclosures route schemas: JSON types, objects whose fields are all present, pages, and the
// shapes several answers share (an attachment, a medium).
import { ALL_CATEGORIES } from '../categories.ts';

export const tags = ['disclosures'];
export const CATEGORY_CODES = [...new Set(ALL_CATEGORIES.map((c) => c.code))];
export const UNIT_KINDS = ['commune', 'agency', 'enterprise'] as const;
export const FREQUENCIES = ['permanent', 'annual', 'quarterly', 'on_decision'] as const;

export const str = { type: 'string' } as const;
export const int = { type: 'integer' } as const;
export const bool = { type: 'boolean' } as const;
export const strOrNull = { type: ['string', 'null'] } as const;
export const date = { type: 'string', format: 'date' } as const;
export const dateOrNull = { type: ['string', 'null'], format: 'date' } as const;
export const dateTime = { type: 'string', format: 'date-time' } as const;
export const dateTimeOrNull = { type: ['string', 'null'], format: 'date-time' } as const;
export const arrayOf = (items: object) => ({ type: 'array', items }) as const;

/** An object whose fields are all present. */
export const object = (properties: Record<string, object>) => ({ type: 'object', required: Object.keys(properties), properties }) as const;
/** A list page: `{items, nextCursor}`. */
export const page = (item: object) => object({ items: arrayOf(item), nextCursor: strOrNull });
export const idOut = object({ id: str });

export const attachment = object({ id: str, filename: str, mime: str, size: int, sha256: str, url: str });
/** A medium (notice board, loudspeaker…) by code and Vietnamese name. */
export const mediumRef = object({ code: str, name: str });
