import { useCallback, useId, useState } from 'react';
import type { RoleCode, UserSummary } from '../api/users';
import { useAuth } from '../auth/AuthContext';
import { FormPanel } from '../components/FormPanel';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { SearchField } from '../components/SearchField';
import { UserForm } from '../components/users/UserForm';
import { UsersTable } from '../components/users/UsersTable';
import { useListParams } from '../hooks/useListParams';
import { useRoles, useUser } from '../hooks/useUsers';

const PAGE_SIZE = 20;

type Editing = { kind: 'new' } | { kind: 'existing'; id: number } | null;

/** Loads the full user (the list holds a summary) and edits it. */
function EditUser({ id, onDone }: { id: number; onDone(): void }) {
  const user = useUser(id);
  if (user.error) return <ProblemAlert error={user.error} action="Could not load the user" />;
  if (!user.data) return <p role="status">Loading…</p>;
  return <UserForm user={user.data} onDone={onDone} />;
}

export function UsersPage() {
  const { can } = useAuth();
  const { search, filter: role, page, setSearch, setFilter, setPage } = useListParams('role');
  const roles = useRoles();
  const roleFilterId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const close = useCallback(() => setEditing(null), []);
  const edit = useCallback((user: UserSummary) => setEditing({ kind: 'existing', id: user.id }), []);

  return (
    <section>
      <PageHeading title="Users">Users</PageHeading>
      <div className="toolbar">
        <SearchField label="Search by name, username or email" value={search} onSearch={setSearch} />
        <div className="filter">
          <label htmlFor={roleFilterId}>Filter by role</label>
          <select id={roleFilterId} value={role} onChange={(event) => setFilter(event.target.value)}>
            <option value="">All roles</option>
            {roles.data?.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        {can('users:create') && (
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
            New user
          </button>
        )}
      </div>
      {editing?.kind === 'new' && (
        <FormPanel title="New user">
          <UserForm onDone={close} />
        </FormPanel>
      )}
      {editing?.kind === 'existing' && (
        <FormPanel key={editing.id} title="Edit user">
          <EditUser id={editing.id} onDone={close} />
        </FormPanel>
      )}
      <UsersTable
        query={{ search, role: role as RoleCode | '', page, pageSize: PAGE_SIZE }}
        onPageChange={setPage}
        onEdit={can('users:update') ? edit : null}
      />
    </section>
  );
}
