/**
 * useDraft(key, initial) — a form's state that survives a dropped network or a page reload: every change is saved
 * to localStorage under `coso.draft.<key>` and restored on the next visit. Call `clear()` after a successful
 * submit (it removes the saved copy and resets to `initial`).
 *
 *   const [form, setForm, clearDraft, restored] = useDraft(`household:${unitId}`, { name: '', phone: '' });
 *   <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
 *   await save(form); clearDraft();
 *
 * Only plain JSON is stored. Never put passwords or a denouncer's identity in a draft on a shared computer:
 * pass `{ persist: false }` for such forms and the hook behaves like useState.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'coso.draft.';

function read<T>(key: string, initial: T): { value: T; restored: boolean } {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return { value: initial, restored: false };
    const parsed = JSON.parse(raw) as unknown;
    // Merge over `initial` so a field added to the form since the draft was saved gets its default.
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && initial && typeof initial === 'object' && !Array.isArray(initial)) {
      return { value: { ...initial, ...(parsed as object) } as T, restored: true };
    }
    return { value: parsed as T, restored: true };
  } catch {
    return { value: initial, restored: false };
  }
}

export function useDraft<T>(
  key: string,
  initial: T,
  options: { persist?: boolean } = {},
): [T, (next: T | ((prev: T) => T)) => void, () => void, boolean] {
  const persist = options.persist ?? true;
  const initialRef = useRef(initial);
  const [state, setState] = useState(() => (persist ? read(key, initial) : { value: initial, restored: false }));
  const keyRef = useRef(key);

  // A different key (e.g. another village) loads that key's draft.
  useEffect(() => {
    if (keyRef.current === key) return;
    keyRef.current = key;
    setState(persist ? read(key, initialRef.current) : { value: initialRef.current, restored: false });
  }, [key, persist]);

  const set = useCallback(
    (next: T | ((prev: T) => T)) => {
      setState((prev) => {
        const value = typeof next === 'function' ? (next as (p: T) => T)(prev.value) : next;
        if (persist) {
          try {
            localStorage.setItem(PREFIX + keyRef.current, JSON.stringify(value));
          } catch {
            /* storage full or disabled: keep the state in memory */
          }
        }
        return { value, restored: prev.restored };
      });
    },
    [persist],
  );

  const clear = useCallback(() => {
    try {
      localStorage.removeItem(PREFIX + keyRef.current);
    } catch {
      /* ignore */
    }
    setState({ value: initialRef.current, restored: false });
  }, []);

  return [state.value, set, clear, state.restored];
}
