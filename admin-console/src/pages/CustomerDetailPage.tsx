import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { AvatarPanel } from '../components/customers/AvatarPanel';
import { CustomerAvatar } from '../components/customers/CustomerAvatar';
import { GdprPanel } from '../components/customers/GdprPanel';
import { NotesPanel } from '../components/customers/NotesPanel';
import { ProfilePanel } from '../components/customers/ProfilePanel';
import { StatsPanel } from '../components/customers/StatsPanel';
import { TagsPanel } from '../components/customers/TagsPanel';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useCustomer } from '../hooks/useCustomer';

/** Where "Back to customers" leads: the list page, search and page the user came from. */
function useListAddress(): string {
  const state = useLocation().state as { list?: string } | null;
  return state?.list ?? '/customers';
}

export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  const { can } = useAuth();
  const listAddress = useListAddress();
  const back = (
    <p className="breadcrumb">
      <Link to={listAddress}>← Back to customers</Link>
    </p>
  );

  if (customer.isPending) {
    return (
      <p className="page-status" role="status">
        Loading the customer…
      </p>
    );
  }
  if (customer.isError) {
    return (
      <section>
        {back}
        <PageHeading title="Customer">Customer</PageHeading>
        <ProblemAlert error={customer.error} action="Could not load this customer" />
      </section>
    );
  }

  const profile = customer.data;
  return (
    <section>
      {back}
      <header className="detail-header">
        <CustomerAvatar customer={profile} size="large" />
        <PageHeading title={profile.full_name}>{profile.full_name}</PageHeading>
      </header>
      <div className="detail-grid">
        <ProfilePanel customer={profile} />
        {can('customer-stats:read') && <StatsPanel customerId={profile.id} />}
        <TagsPanel customer={profile} canChange={can('tags:attach')} />
        <AvatarPanel customer={profile} canChange={can('customers:update')} />
        {can('gdpr:export') && <GdprPanel customer={profile} />}
        {can('notes:read') && <NotesPanel customerId={profile.id} canAdd={can('notes:create')} />}
      </div>
    </section>
  );
}
