import { useState, type FormEvent } from 'react';
import {
  COMPANY_STATUSES,
  type Company,
  type CompanyChanges,
  type CompanyStatus,
  type NewCompany,
} from '../../api/companies';
import { toApiProblem } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { useCreateCompany, useDocumentTypes, useUpdateCompany } from '../../hooks/useCompanies';
import { useAnnounce } from '../Announcer';
import { Field } from '../Field';
import { ProblemAlert } from '../ProblemAlert';

interface CompanyFormProps {
  /** The company to edit; without one the form onboards a new company. */
  company?: Company;
  onDone(): void;
}

interface Values {
  name: string;
  business_name: string;
  document_type: string;
  document_number: string;
  days_credit: string;
  company_id: string;
  status: CompanyStatus;
}

function initialValues(company?: Company): Values {
  return {
    name: company?.name ?? '',
    business_name: company?.business_name ?? '',
    document_type: company?.document_type ?? '',
    document_number: company?.document_number ?? '',
    days_credit: String(company?.days_credit ?? 0),
    company_id: '',
    status: company?.status ?? 'active',
  };
}

function newCompanyFrom(values: Values): NewCompany {
  return {
    name: values.name.trim(),
    business_name: values.business_name.trim() || undefined,
    document_type: values.document_type || undefined,
    document_number: values.document_number.trim() || undefined,
    days_credit: Number(values.days_credit),
    company_id: values.company_id.trim() || undefined,
  };
}

/** Only what changed, and only what this user may change: a company admin names its company, no more. */
function changesTo(company: Company, values: Values, operator: boolean): CompanyChanges {
  const changes: CompanyChanges = {};
  if (values.name.trim() !== company.name) changes.name = values.name.trim();
  if ((values.business_name.trim() || null) !== company.business_name) {
    changes.business_name = values.business_name.trim() || null;
  }
  if (!operator) return changes;
  if (values.document_type !== (company.document_type ?? '')) changes.document_type = values.document_type;
  if (values.document_number.trim() !== (company.document_number ?? '')) {
    changes.document_number = values.document_number.trim();
  }
  if (Number(values.days_credit) !== company.days_credit) changes.days_credit = Number(values.days_credit);
  if (values.status !== company.status) changes.status = values.status;
  return changes;
}

export function CompanyForm({ company, onDone }: CompanyFormProps) {
  const { user } = useAuth();
  const operator = user?.is_superuser === true;
  const [values, setValues] = useState(() => initialValues(company));
  const documentTypes = useDocumentTypes();
  const create = useCreateCompany();
  const update = useUpdateCompany();
  const announce = useAnnounce();
  const saving = company ? update : create;
  const problem = saving.error ? toApiProblem(saving.error) : null;

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!company) {
      create.mutate(newCompanyFrom(values), {
        onSuccess: (created) => {
          announce(`Created company ${created.name} (${created.company_id}).`);
          onDone();
        },
      });
      return;
    }
    const changes = changesTo(company, values, operator);
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(
      { key: company.company_id, changes },
      {
        onSuccess: (saved) => {
          announce(`Saved company ${saved.name}.`);
          onDone();
        },
      },
    );
  }

  const text = (field: 'name' | 'business_name' | 'document_number' | 'company_id', label: string, hint?: string) => (
    <Field label={label} hint={hint} error={problem?.fieldError(field)}>
      {(control) => <input {...control} value={values[field]} onChange={(event) => set(field, event.target.value)} />}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate>
      {saving.error !== null && (
        <ProblemAlert error={saving.error} action={company ? `Could not save ${company.name}` : 'Could not create the company'} />
      )}
      <div className="form-grid">
        {text('name', 'Name')}
        {text('business_name', 'Business name')}
        {!company && text('company_id', 'Company key', 'Optional, e.g. ACME; generated (COMP-001…) when empty.')}
        {operator && (
          <>
            <Field label="Document type" error={problem?.fieldError('document_type')}>
              {(control) => (
                <select
                  {...control}
                  required
                  value={values.document_type}
                  onChange={(event) => set('document_type', event.target.value)}
                >
                  <option value="" disabled>
                    Choose a document type
                  </option>
                  {documentTypes.data?.map((type) => (
                    <option key={type.code} value={type.code}>
                      {type.name} ({type.code}
                      {type.country ? `, ${type.country}` : ''})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('document_number', 'Document number')}
            <Field label="Days of credit" hint="0 to 3650." error={problem?.fieldError('days_credit')}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={0}
                  max={3650}
                  value={values.days_credit}
                  onChange={(event) => set('days_credit', event.target.value)}
                />
              )}
            </Field>
          </>
        )}
        {operator && company && (
          <Field
            label="Status"
            hint="Users of a company that is not active cannot sign in."
            error={problem?.fieldError('status')}
          >
            {(control) => (
              <select
                {...control}
                value={values.status}
                onChange={(event) => set('status', event.target.value as CompanyStatus)}
              >
                {COMPANY_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {status}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving.isPending}>
          {saving.isPending ? 'Saving…' : company ? 'Save company' : 'Create company'}
        </button>
        <button type="button" onClick={onDone} disabled={saving.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
