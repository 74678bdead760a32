import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { isMarkedOk, markOkPatch, type Customer } from '../../api/customers';
import { useCustomers, type CustomerListQuery } from '../../hooks/useCustomers';
import { useAnnounce } from '../Announcer';
import { DataTable, listFeatures, type ListColumn } from '../DataTable';
import { ProblemAlert } from '../ProblemAlert';
import { CustomerAvatar } from './CustomerAvatar';
import { CustomerRowEditor } from './CustomerRowEditor';
import { TagList } from './TagList';

const column = createColumnHelper<typeof listFeatures, Customer>();

/** Opens the customer; the detail page's back link returns to this very list page and search. */
function CustomerLink({ customer }: { customer: Customer }) {
  const { pathname, search } = useLocation();
  return (
    <span className="customer-name">
      <CustomerAvatar customer={customer} size="small" />
      <Link to={`/customers/${customer.id}`} state={{ list: pathname + search }}>
        {customer.full_name}
      </Link>
    </span>
  );
}

interface RowActions {
  canEdit: boolean;
  busyId: string | undefined;
  onEdit(customer: Customer): void;
  onMarkOk(customer: Customer): void;
}

function customerColumns({ canEdit, busyId, onEdit, onMarkOk }: RowActions): ListColumn<Customer>[] {
  const columns: ListColumn<Customer>[] = [
    column.accessor('full_name', {
      header: 'Name',
      cell: ({ row }) => <CustomerLink customer={row.original} />,
    }),
    column.accessor('email', { header: 'Email', cell: ({ getValue }) => getValue() ?? '—' }),
    column.accessor('phone', { header: 'Phone', cell: ({ getValue }) => getValue() ?? '—' }),
    column.accessor('gender', { header: 'Gender' }),
    column.accessor('tags', { header: 'Tags', cell: ({ getValue }) => <TagList tags={getValue()} /> }),
  ];
  if (!canEdit) return columns;
  return [
    ...columns,
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => {
        const customer = row.original;
        return (
          <div className="row-actions">
            <button type="button" id={`edit-${customer.id}`} onClick={() => onEdit(customer)}>
              Edit<span className="visually-hidden"> {customer.full_name}</span>
            </button>
            {isMarkedOk(customer) ? (
              <span className="badge">Marked OK</span>
            ) : (
              <button type="button" onClick={() => onMarkOk(customer)} disabled={busyId === customer.id}>
                Mark OK<span className="visually-hidden"> {customer.full_name}</span>
              </button>
            )}
          </div>
        );
      },
    }),
  ];
}

interface CustomersTableProps {
  query: CustomerListQuery;
  canEdit: boolean;
  onPageChange(pageIndex: number): void;
}

/** The customers list with the seed client's "Mark OK" button and an inline editor per row. */
export function CustomersTable({ query, canEdit, onPageChange }: CustomersTableProps) {
  const { list, update } = useCustomers(query);
  const announce = useAnnounce();
  const [editingId, setEditingId] = useState<string | null>(null);
  const lastEditedId = useRef<string | null>(null);

  useEffect(() => {
    // Back from the editor, focus returns to the Edit button that opened it.
    if (editingId === null && lastEditedId.current) document.getElementById(`edit-${lastEditedId.current}`)?.focus();
  }, [editingId]);

  const busyId = update.isPending ? update.variables?.id : undefined;
  const columns = useMemo(
    () =>
      customerColumns({
        canEdit,
        busyId,
        onEdit: (customer) => {
          lastEditedId.current = customer.id;
          setEditingId(customer.id);
        },
        onMarkOk: (customer) =>
          update.mutate(
            { id: customer.id, patch: markOkPatch() },
            { onSuccess: (saved) => announce(`Marked ${saved.full_name} OK.`) },
          ),
      }),
    // `update.mutate` and `announce` are stable: columns change with the permission and busy row only.
    [canEdit, busyId],
  );

  const failedCustomer = list.data?.items.find((customer) => customer.id === update.variables?.id);
  return (
    <>
      {list.error && <ProblemAlert error={list.error} action="Could not load the customers" />}
      {update.error && (
        <ProblemAlert error={update.error} action={`Could not mark ${failedCustomer?.full_name ?? 'the customer'} OK`} />
      )}
      <DataTable
        caption="Customers"
        columns={columns}
        page={list.data}
        fetching={list.isFetching}
        pageIndex={query.page}
        pageSize={query.pageSize}
        onPageChange={onPageChange}
        getRowId={(customer) => customer.id}
        countLabel={(total) => (total === 1 ? '1 customer' : `${total} customers`)}
        emptyLabel={query.search ? `No customer matches “${query.search}”.` : 'There are no customers yet.'}
        rowReplacement={(customer) =>
          customer.id === editingId ? <CustomerRowEditor customer={customer} onDone={() => setEditingId(null)} /> : null
        }
      />
    </>
  );
}
