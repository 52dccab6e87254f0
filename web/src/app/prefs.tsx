/** User interface preferences kept in the browser: large-text mode (大字模式). */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const LARGE_TEXT_KEY = 'linli.largeText';

interface PrefsValue {
  largeText: boolean;
  setLargeText: (on: boolean) => void;
}

const PrefsContext = createContext<PrefsValue | null>(null);

function readLargeText(): boolean {
  try {
    return localStorage.getItem(LARGE_TEXT_KEY) === '1';
  } catch {
    return false;
  }
}

export function PrefsProvider({ children }: { children: ReactNode }) {
  const [largeText, setState] = useState(readLargeText);
  const setLargeText = useCallback((on: boolean) => {
    try {
      localStorage.setItem(LARGE_TEXT_KEY, on ? '1' : '0');
    } catch {
      /* ignore */
    }
    setState(on);
  }, []);
  const value = useMemo(() => ({ largeText, setLargeText }), [largeText, setLargeText]);
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): PrefsValue {
  const v = useContext(PrefsContext);
  if (!v) throw new Error('usePrefs outside PrefsProvider');
  return v;
}
