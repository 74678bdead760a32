import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AuthProvider } from '../auth/AuthContext';
import { AnnouncerProvider, Announcements } from '../components/Announcer';

/** Renders a piece of the console with the providers the app wraps it in, at a given address. */
export function renderInConsole(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <AnnouncerProvider>
          <MemoryRouter initialEntries={[route]}>
            <Announcements />
            {ui}
          </MemoryRouter>
        </AnnouncerProvider>
      </AuthProvider>
    </QueryClientProvider>,
  );
}
