import type { Customer } from '../../api/customers';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

interface CustomerAvatarProps {
  customer: Customer;
  size: 'small' | 'large';
  /** Alternative text; without it the picture is decorative because the name is shown beside it. */
  label?: string;
}

/** The customer's picture, or their initials while they have none. */
export function CustomerAvatar({ customer, size, label = '' }: CustomerAvatarProps) {
  const className = `avatar avatar-${size}`;
  if (customer.avatar_url) return <img className={className} src={customer.avatar_url} alt={label} />;
  return (
    <span className={className} aria-hidden="true">
      {initials(customer.full_name)}
    </span>
  );
}
