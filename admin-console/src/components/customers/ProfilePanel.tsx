import type { Customer } from '../../api/customers';
import { formatDateTime } from '../../format';

export function ProfilePanel({ customer }: { customer: Customer }) {
  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{customer.email ?? '—'}</dd>
        <dt>Phone</dt>
        <dd>{customer.phone ?? '—'}</dd>
        <dt>Gender</dt>
        <dd>{customer.gender}</dd>
        <dt>Platform account</dt>
        <dd>{customer.user_id ? 'Linked' : 'None'}</dd>
        <dt>Customer since</dt>
        <dd>{formatDateTime(customer.created_at)}</dd>
        <dt>Last changed</dt>
        <dd>{formatDateTime(customer.updated_at)}</dd>
      </dl>
    </section>
  );
}
