import { useCompanies } from '../../hooks/useCompanies';
import { Field } from '../Field';

interface CompanySelectProps {
  value: string;
  error?: string;
  onChange(companyKey: string): void;
}

/** Picks one of the active companies by its key (`COMP-001`). */
export function CompanySelect({ value, error, onChange }: CompanySelectProps) {
  const companies = useCompanies({ search: '', status: 'active', page: 0, pageSize: 100 });
  return (
    <Field label="Company" error={error}>
      {(control) => (
        <select {...control} value={value} required onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose a company</option>
          {companies.data?.items.map((company) => (
            <option key={company.company_key} value={company.company_key}>
              {company.name} ({company.company_key})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
