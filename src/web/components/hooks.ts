import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` so running clocks tick on screen. */
export function useNow(everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Sets the document title (the page's own heading first, then the product). */
export function useTitle(title: string, product: string): void {
  useEffect(() => {
    document.title = `${title} · ${product}`;
  }, [title, product]);
}
