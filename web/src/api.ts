// The one HTTP client of the web app: same-origin cookie session, CSRF header on writes, errors as ApiError
// carrying the server's Vietnamese message and machine code.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(t: string | null): void {
  csrfToken = t;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    // A proxy's HTML error page or a cut connection: report it in Vietnamese, never as a SyntaxError.
    if (res.ok) throw new ApiError(res.status, 'BAD_RESPONSE', 'Máy chủ trả về dữ liệu không hợp lệ. Vui lòng thử lại.');
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP_ERROR', err?.message ?? `Lỗi ${res.status}`);
  }
  return data as T;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// ---- the API's types, from the server's OpenAPI document (web/src/api-types.ts, generated) ----------------------

type Paths = import('./api-types.ts').paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** A path of the API as the server declares it, without /api/v1: '/decisions/{id}'. */
export type ApiPath = Paths extends Record<infer K, unknown> ? (K extends `/api/v1${infer P}` ? P : never) : never;
type Operation<P extends ApiPath, M extends Method> = NonNullable<Paths[`/api/v1${P}`][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessOf<R> = JsonOf<R[200 & keyof R]> | JsonOf<R[201 & keyof R]>;

/** The JSON answer of a route: `ApiResponse<'/decisions/{id}'>`, `ApiResponse<'/decisions', 'post'>`. */
export type ApiResponse<P extends ApiPath, M extends Method = 'get'> = Operation<P, M> extends { responses: infer R } ? SuccessOf<R> : never;

/** The JSON body a route accepts. */
export type ApiBody<P extends ApiPath, M extends Method = 'post'> = Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
