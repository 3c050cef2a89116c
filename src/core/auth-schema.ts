// JSON schemas of the sign-in routes (POST /auth/login, POST /auth/logout, GET /me).

/** The signed-in user, as /me and the login answer describe them. */
export const meSchema = {
  type: 'object',
  required: ['id', 'username', 'name', 'roles', 'householdId', 'unitKinds', 'can'],
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    roles: {
      type: 'array',
      items: { type: 'object', required: ['role', 'unitId'], properties: { role: { type: 'string' }, unitId: { type: 'string' } } },
    },
    householdId: { type: ['string', 'null'] },
    /** The kind of each unit of the roles (unitId → 'village', 'commune'…). */
    unitKinds: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
    /** What the user may do: each permitted action → the units (ids) where, and below. The web asks this, never role names. */
    can: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    csrfToken: { type: 'string' },
  },
} as const;

export const loginSchema = {
  tags: ['auth'],
  summary: 'Đăng nhập',
  body: {
    type: 'object',
    required: ['username', 'password'],
    additionalProperties: false,
    properties: {
      username: { type: 'string', minLength: 1, maxLength: 64 },
      password: { type: 'string', minLength: 1, maxLength: 200 },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['token', 'csrfToken', 'expiresAt', 'user'],
      properties: { token: { type: 'string' }, csrfToken: { type: 'string' }, expiresAt: { type: 'string' }, user: meSchema },
    },
  },
} as const;

export const logoutSchema = {
  tags: ['auth'],
  summary: 'Đăng xuất',
  response: { 200: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } } },
} as const;

export const meRouteSchema = { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: meSchema } } as const;
