/**
 * The session: loaded from GET /api/auth/session, kept in the react-query cache under ['session'].
 * Provides login, logout, position switch, and a client-side idle timer mirroring the server's.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api, isApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { Position, SecondStep, Session } from '../api/types';
import { takeEarly } from '../early';

export const SESSION_KEY = ['session'] as const;

export type LogoutReason = 'user' | 'expired' | 'idle';

interface AuthValue {
  session: Session | null;
  loading: boolean;
  error: unknown;
  activePosition: Position | null;
  /** Why the last session ended, for the login page to explain. */
  endedReason: LogoutReason | null;
  /** The session, or the second step when the account has a second factor (the challenge stays in an httpOnly cookie). */
  login: (username: string, password: string) => Promise<Session | SecondStep>;
  /** The second step of a login: a code or a recovery code. */
  completeSecondFactor: (input: { code?: string; recoveryCode?: string }) => Promise<Session>;
  logout: (reason?: LogoutReason) => Promise<void>;
  switchPosition: (positionId: number) => Promise<Session>;
  refresh: () => Promise<unknown>;
}

const AuthContext = createContext<AuthValue | null>(null);

export const isSecondStep = (r: Session | SecondStep): r is SecondStep => 'secondFactor' in r;

async function fetchSession(): Promise<Session | null> {
  try {
    return await (takeEarly('/api/auth/session') ?? api.get('/api/auth/session'));
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

const ACTIVITY_EVENTS = ['mousedown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [endedReason, setEndedReason] = useState<LogoutReason | null>(null);

  const q = useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const session = q.data ?? null;
  const { isPending, error, refetch } = q;

  // Keep the client's CSRF token in step with the session (set synchronously so the first write has it).
  setCsrfToken(session?.csrfToken ?? null);

  const dropSession = useCallback(
    (reason: LogoutReason) => {
      setCsrfToken(null);
      qc.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      qc.setQueryData(SESSION_KEY, null);
      setEndedReason(reason);
    },
    [qc],
  );

  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (qc.getQueryData(SESSION_KEY)) dropSession('expired');
    });
    return () => setUnauthorizedHandler(null);
  }, [qc, dropSession]);

  const adopt = useCallback(
    (s: Session) => {
      qc.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      setCsrfToken(s.csrfToken);
      qc.setQueryData(SESSION_KEY, s);
      setEndedReason(null);
      return s;
    },
    [qc],
  );

  const login = useCallback(
    async (username: string, password: string) => {
      const r = await api.post('/api/auth/login', { body: { username, password } });
      return isSecondStep(r) ? r : adopt(r);
    },
    [adopt],
  );

  const completeSecondFactor = useCallback(
    async (input: { code?: string; recoveryCode?: string }) => adopt(await api.post('/api/auth/login/second-factor', { body: input })),
    [adopt],
  );

  const logout = useCallback(
    async (reason: LogoutReason = 'user') => {
      try {
        await api.post('/api/auth/logout');
      } catch {
        /* the session may already be gone */
      }
      dropSession(reason);
      navigate('/login', { replace: true });
    },
    [dropSession, navigate],
  );

  const switchPosition = useCallback(
    async (positionId: number) => {
      const s = await api.post('/api/auth/position', { body: { positionId } });
      setCsrfToken(s.csrfToken);
      // Scope changed: nothing cached under the old position may be shown.
      qc.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      qc.setQueryData(SESSION_KEY, s);
      return s;
    },
    [qc],
  );

  // Idle timeout: the server ends idle sessions; the client leaves in step so the user is told why.
  const lastActivity = useRef(Date.now());
  const idleMinutes = session?.idleTimeoutMinutes ?? 0;
  useEffect(() => {
    if (!session || !idleMinutes) return;
    lastActivity.current = Date.now();
    const mark = () => {
      lastActivity.current = Date.now();
    };
    for (const ev of ACTIVITY_EVENTS) window.addEventListener(ev, mark, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current > idleMinutes * 60_000) void logout('idle');
    }, 15_000);
    return () => {
      for (const ev of ACTIVITY_EVENTS) window.removeEventListener(ev, mark, { capture: true });
      window.clearInterval(timer);
    };
  }, [session, idleMinutes, logout]);

  const value = useMemo<AuthValue>(() => {
    const activePosition = session?.positions.find((p) => p.id === session.activePositionId) ?? session?.positions[0] ?? null;
    return {
      session,
      loading: isPending,
      error,
      activePosition,
      endedReason,
      login,
      completeSecondFactor,
      logout,
      switchPosition,
      refresh: () => refetch(),
    };
  }, [session, isPending, error, refetch, endedReason, login, completeSecondFactor, logout, switchPosition]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
