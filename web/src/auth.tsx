import { createContext, useContext, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken, type ApiResponse } from './api.ts';

/** The signed-in user as the server describes it (GET /me): roles, and what they may do where (`can`). */
export type Me = ApiResponse<'/me'>;

interface AuthState {
  me: Me | null;
  loading: boolean;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  /** Whether the user may do `action` (a permission of the server's matrix) — anywhere, or on `unitId` itself. */
  can(action: string, unitId?: string): boolean;
  /** The units (ids) where the user may do `action` (and below them). */
  unitsFor(action: string): string[];
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await api<Me>('/me');
        setCsrfToken(me.csrfToken ?? null);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
  const me = q.data ?? null;
  const state: AuthState = {
    me,
    loading: q.isLoading,
    async login(username, password) {
      const r = await api<ApiResponse<'/auth/login', 'post'>>('/auth/login', { method: 'POST', body: { username, password } });
      setCsrfToken(r.csrfToken);
      qc.setQueryData(['me'], { ...r.user, csrfToken: r.csrfToken });
      return r.user;
    },
    async logout() {
      await api('/auth/logout', { method: 'POST', body: {} }).catch(() => {});
      setCsrfToken(null);
      qc.setQueryData(['me'], null);
      await qc.invalidateQueries();
    },
    can(action, unitId) {
      const units = me?.can[action] ?? [];
      return unitId === undefined ? units.length > 0 : units.includes(unitId);
    },
    unitsFor(action) {
      return me?.can[action] ?? [];
    },
  };
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const s = useContext(AuthContext);
  if (!s) throw new Error('useAuth outside AuthProvider');
  return s;
}
