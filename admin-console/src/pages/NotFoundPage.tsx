import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';

export function NotFoundPage() {
  return (
    <section className="panel">
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>
        There is no page at this address. <Link to="/customers">Go to the customers</Link>.
      </p>
    </section>
  );
}
