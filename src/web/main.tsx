/**
 * The console: a client of the node's HTTP API only (same origin, the session cookie and the
 * CSRF token). One query cache (TanStack Query) holds what the API answered; the live event
 * stream invalidates what changed.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProblem } from './api/client';
import { I18n } from './i18n/i18n';
import { type Language, initialLanguage } from './i18n/languages';
import { Shell } from './shell';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A problem from the node will not go away by asking again; a lost connection may.
      retry: (count, error) => !(error instanceof ApiProblem) && count < 3,
      staleTime: 5_000,
    },
  },
});

const STORED = 'comity.language';

function Root() {
  const [language, setLanguage] = useState<Language>(() =>
    initialLanguage(localStorage.getItem(STORED), navigator.languages),
  );
  const change = useCallback((next: Language) => {
    localStorage.setItem(STORED, next);
    setLanguage(next);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <I18n language={language} onChange={change}>
        <Shell />
      </I18n>
    </QueryClientProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
