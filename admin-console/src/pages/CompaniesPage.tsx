import { useCallback, useId, useState } from 'react';
import { COMPANY_STATUSES, type CompanyStatus, type CompanySummary } from '../api/companies';
import { useAuth } from '../auth/AuthContext';
import { CompaniesTable } from '../components/companies/CompaniesTable';
import { CompanyForm } from '../components/companies/CompanyForm';
import { FormPanel } from '../components/FormPanel';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { SearchField } from '../components/SearchField';
import { useCompany } from '../hooks/useCompanies';
import { useListParams } from '../hooks/useListParams';

const PAGE_SIZE = 20;

type Editing = { kind: 'new' } | { kind: 'existing'; key: string } | null;

/** Loads the full company (the list holds a summary) and edits it. */
function EditCompany({ companyKey, onDone }: { companyKey: string; onDone(): void }) {
  const company = useCompany(companyKey);
  if (company.error) return <ProblemAlert error={company.error} action="Could not load the company" />;
  if (!company.data) return <p role="status">Loading…</p>;
  return <CompanyForm company={company.data} onDone={onDone} />;
}

export function CompaniesPage() {
  const { can } = useAuth();
  const { search, filter: status, page, setSearch, setFilter, setPage } = useListParams('status');
  const statusFilterId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const close = useCallback(() => setEditing(null), []);
  const edit = useCallback((company: CompanySummary) => setEditing({ kind: 'existing', key: company.company_key }), []);

  return (
    <section>
      <PageHeading title="Companies">Companies</PageHeading>
      <div className="toolbar">
        <SearchField label="Search by name or key" value={search} onSearch={setSearch} />
        <div className="filter">
          <label htmlFor={statusFilterId}>Filter by status</label>
          <select id={statusFilterId} value={status} onChange={(event) => setFilter(event.target.value)}>
            <option value="">All statuses</option>
            {COMPANY_STATUSES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        {can('companies:create') && (
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
            New company
          </button>
        )}
      </div>
      {editing?.kind === 'new' && (
        <FormPanel title="New company">
          <CompanyForm onDone={close} />
        </FormPanel>
      )}
      {editing?.kind === 'existing' && (
        <FormPanel key={editing.key} title="Edit company">
          <EditCompany companyKey={editing.key} onDone={close} />
        </FormPanel>
      )}
      <CompaniesTable
        query={{ search, status: status as CompanyStatus | '', page, pageSize: PAGE_SIZE }}
        onPageChange={setPage}
        onEdit={edit}
      />
    </section>
  );
}
