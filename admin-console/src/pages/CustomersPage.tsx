import { useAuth } from '../auth/AuthContext';
import { CustomersTable } from '../components/customers/CustomersTable';
import { PageHeading } from '../components/PageHeading';
import { SearchField } from '../components/SearchField';
import { useListParams } from '../hooks/useListParams';

const PAGE_SIZE = 20;

export function CustomersPage() {
  const { can } = useAuth();
  const { search, page, setSearch, setPage } = useListParams();
  return (
    <section>
      <PageHeading title="Customers">Customers</PageHeading>
      <SearchField label="Search by name, email or phone" value={search} onSearch={setSearch} />
      <CustomersTable
        query={{ search, page, pageSize: PAGE_SIZE }}
        canEdit={can('customers:update')}
        onPageChange={setPage}
      />
    </section>
  );
}
