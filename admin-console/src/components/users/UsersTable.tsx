import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { UserQuery, UserSummary } from '../../api/users';
import { useUsers } from '../../hooks/useUsers';
import { DataTable, listFeatures, type ListColumn } from '../DataTable';
import { ProblemAlert } from '../ProblemAlert';

const column = createColumnHelper<typeof listFeatures, UserSummary>();

function fullName(user: UserSummary): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || '—';
}

function userColumns(onEdit: ((user: UserSummary) => void) | null): ListColumn<UserSummary>[] {
  const columns: ListColumn<UserSummary>[] = [
    column.accessor('username', { header: 'Username' }),
    column.display({ id: 'name', header: 'Name', cell: ({ row }) => fullName(row.original) }),
    column.accessor('email', { header: 'Email' }),
    column.accessor('role', { header: 'Role' }),
    column.accessor('is_active', { header: 'Status', cell: ({ getValue }) => (getValue() ? 'Active' : 'Inactive') }),
    column.accessor('company_id', { header: 'Company', cell: ({ getValue }) => getValue() ?? 'Platform' }),
  ];
  if (!onEdit) return columns;
  return [
    ...columns,
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <button type="button" onClick={() => onEdit(row.original)}>
          Edit<span className="visually-hidden"> {row.original.username}</span>
        </button>
      ),
    }),
  ];
}

interface UsersTableProps {
  query: UserQuery;
  onPageChange(pageIndex: number): void;
  onEdit: ((user: UserSummary) => void) | null;
}

export function UsersTable({ query, onPageChange, onEdit }: UsersTableProps) {
  const users = useUsers(query);
  const columns = useMemo(() => userColumns(onEdit), [onEdit]);
  return (
    <>
      {users.error && <ProblemAlert error={users.error} action="Could not load the users" />}
      <DataTable
        caption="Users"
        columns={columns}
        page={users.data}
        fetching={users.isFetching}
        pageIndex={query.page}
        pageSize={query.pageSize}
        onPageChange={onPageChange}
        getRowId={(user) => user.uuid}
        countLabel={(total) => (total === 1 ? '1 user' : `${total} users`)}
        emptyLabel="No user matches."
      />
    </>
  );
}
