import { createContext, useContext, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './api.ts';

export interface Me {
  id: string;
  username: string;
  name: string;
  roles: { role: string; unitId: string }[];
  householdId: string | null;
  csrfToken?: string;
}

interface AuthState {
  me: Me | null;
  loading: boolean;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  hasRole(...roles: string[]): boolean;
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
      const r = await api<{ csrfToken: string; user: Me }>('/auth/login', { method: 'POST', body: { username, password } });
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
    hasRole(...roles) {
      return !!me && me.roles.some((r) => roles.includes(r.role));
    },
  };
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const s = useContext(AuthContext);
  if (!s) throw new Error('useAuth outside AuthProvider');
  return s;
}
