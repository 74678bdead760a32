import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { toApiProblem } from './api/problem';
import { AuthProvider } from './auth/AuthContext';
import { RequireAuth, RequirePermission } from './auth/RequireAuth';
import { AnnouncerProvider } from './components/Announcer';
import { Layout } from './components/Layout';
import { CompaniesPage } from './pages/CompaniesPage';
import { CustomerDetailPage } from './pages/CustomerDetailPage';
import { CustomersPage } from './pages/CustomersPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { UsersPage } from './pages/UsersPage';

/** Only failures that may pass by themselves (network, 5xx) are retried; a 4xx answer will not change. */
function retryTransient(failureCount: number, error: unknown): boolean {
  const { status } = toApiProblem(error);
  return (status === 0 || status >= 500) && failureCount < 2;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: retryTransient },
    mutations: { retry: false },
  },
});

// The service serves the console under /console/ (Vite's `base`); routes are relative to it.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <AnnouncerProvider>
          <BrowserRouter basename={basename}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                element={
                  <RequireAuth>
                    <Layout />
                  </RequireAuth>
                }
              >
                <Route index element={<Navigate to="/customers" replace />} />
                <Route path="/customers" element={<CustomersPage />} />
                <Route path="/customers/:id" element={<CustomerDetailPage />} />
                <Route
                  path="/users"
                  element={
                    <RequirePermission permission="users:update">
                      <UsersPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="/companies"
                  element={
                    <RequirePermission permission="companies:update">
                      <CompaniesPage />
                    </RequirePermission>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </AnnouncerProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}
