import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { CompanyQuery, CompanySummary } from '../../api/companies';
import { useCompanies } from '../../hooks/useCompanies';
import { DataTable, listFeatures, type ListColumn } from '../DataTable';
import { ProblemAlert } from '../ProblemAlert';

const column = createColumnHelper<typeof listFeatures, CompanySummary>();

function companyColumns(onEdit: (company: CompanySummary) => void): ListColumn<CompanySummary>[] {
  return [
    column.accessor('name', { header: 'Name' }),
    column.accessor('company_key', { header: 'Key' }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ getValue }) => <span className={`status status-${getValue()}`}>{getValue()}</span>,
    }),
    column.accessor('days_credit', { header: 'Days of credit' }),
    column.display({
      id: 'users',
      header: 'Users (active / all)',
      cell: ({ row }) => `${row.original.total_active_users} / ${row.original.total_users}`,
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <button type="button" onClick={() => onEdit(row.original)}>
          Edit<span className="visually-hidden"> {row.original.name}</span>
        </button>
      ),
    }),
  ];
}

interface CompaniesTableProps {
  query: CompanyQuery;
  onPageChange(pageIndex: number): void;
  onEdit(company: CompanySummary): void;
}

export function CompaniesTable({ query, onPageChange, onEdit }: CompaniesTableProps) {
  const companies = useCompanies(query);
  const columns = useMemo(() => companyColumns(onEdit), [onEdit]);
  return (
    <>
      {companies.error && <ProblemAlert error={companies.error} action="Could not load the companies" />}
      <DataTable
        caption="Companies"
        columns={columns}
        page={companies.data}
        fetching={companies.isFetching}
        pageIndex={query.page}
        pageSize={query.pageSize}
        onPageChange={onPageChange}
        getRowId={(company) => company.uuid}
        countLabel={(total) => (total === 1 ? '1 company' : `${total} companies`)}
        emptyLabel="No company matches."
      />
    </>
  );
}
