import { useEffect, useState } from 'react';

const secondsUntil = (until: number | null) => (until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0);

/** Seconds left until a moment, ticking once a second; 0 once it has passed. */
export function useCountdown(until: number | null): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(until));
  useEffect(() => {
    setSeconds(secondsUntil(until));
    if (!until) return;
    const timer = setInterval(() => {
      const s = secondsUntil(until);
      setSeconds(s);
      if (s === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}
