import { formatDate, formatMoney, formatPercent } from '../../format';
import { useCustomerStats } from '../../hooks/useCustomer';
import { ProblemAlert } from '../ProblemAlert';

/** The customer's figures from the orders context, with their notes and tags counted. */
export function StatsPanel({ customerId }: { customerId: string }) {
  const stats = useCustomerStats(customerId);
  return (
    <section className="panel" aria-labelledby="stats-heading" aria-busy={stats.isPending}>
      <h2 id="stats-heading">Statistics</h2>
      {stats.error && <ProblemAlert error={stats.error} action="Could not load the statistics" />}
      {stats.data && (
        <dl className="facts">
          <dt>Orders</dt>
          <dd>{stats.data.total_orders}</dd>
          <dt>Lifetime value</dt>
          <dd>{formatMoney(stats.data.lifetime_value, stats.data.currency)}</dd>
          <dt>Average order</dt>
          <dd>{formatMoney(stats.data.average_order_value, stats.data.currency)}</dd>
          <dt>First order</dt>
          <dd>{formatDate(stats.data.first_order_date)}</dd>
          <dt>Last order</dt>
          <dd>{formatDate(stats.data.last_order_date)}</dd>
          <dt>Returned orders</dt>
          <dd>
            {stats.data.returned_orders} ({formatPercent(stats.data.return_rate)})
          </dd>
          <dt>Notes</dt>
          <dd>{stats.data.notes_count}</dd>
        </dl>
      )}
    </section>
  );
}
