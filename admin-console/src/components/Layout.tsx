import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Announcements } from './Announcer';

export function Layout() {
  const { user, can, signOut } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <p className="brand">
          Customer Platform <span>console</span>
        </p>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/customers">Customers</NavLink>
            </li>
            {can('users:update') && (
              <li>
                <NavLink to="/users">Users</NavLink>
              </li>
            )}
            {can('companies:update') && (
              <li>
                <NavLink to="/companies">Companies</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="account">
          <span>
            Signed in as <strong>{user?.username}</strong>
          </span>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Announcements />
        <Outlet />
      </main>
    </>
  );
}
