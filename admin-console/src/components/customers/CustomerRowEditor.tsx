import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { editPatch, GENDERS, type Customer, type Gender } from '../../api/customers';
import { toApiProblem } from '../../api/problem';
import { useCountdown } from '../../hooks/useCountdown';
import { usePatchCustomer } from '../../hooks/useCustomers';
import { useAnnounce } from '../Announcer';
import { Field } from '../Field';
import { ProblemAlert } from '../ProblemAlert';

interface CustomerRowEditorProps {
  customer: Customer;
  onDone(): void;
}

const emptyToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Edits a customer in place in the table; saving sends only the changed fields as a JSON Patch. */
export function CustomerRowEditor({ customer, onDone }: CustomerRowEditorProps) {
  const [fullName, setFullName] = useState(customer.full_name);
  const [email, setEmail] = useState(customer.email ?? '');
  const [phone, setPhone] = useState(customer.phone ?? '');
  const [gender, setGender] = useState<Gender>(customer.gender);
  const save = usePatchCustomer();
  const announce = useAnnounce();
  const problem = save.error ? toApiProblem(save.error) : null;
  const waitLeft = useCountdown(problem?.retryAfterSeconds);

  function submit(event: FormEvent) {
    event.preventDefault();
    const patch = editPatch(customer, {
      full_name: fullName.trim(),
      email: emptyToNull(email),
      phone: emptyToNull(phone),
      gender,
    });
    if (patch.length === 0) return onDone();
    save.mutate(
      { id: customer.id, patch },
      {
        onSuccess: (saved) => {
          announce(`Saved ${saved.full_name}.`);
          onDone();
        },
      },
    );
  }

  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && !save.isPending) onDone();
  }

  return (
    <form
      className="row-editor"
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      aria-label={`Edit ${customer.full_name}`}
      noValidate
    >
      {save.error !== null && <ProblemAlert error={save.error} action={`Could not save ${customer.full_name}`} />}
      <div className="row-editor-fields">
        <Field label="Full name" error={problem?.fieldError('full_name')}>
          {(control) => (
            <input {...control} autoFocus required value={fullName} onChange={(event) => setFullName(event.target.value)} />
          )}
        </Field>
        <Field label="Email" error={problem?.fieldError('email')}>
          {(control) => (
            <input {...control} type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
          )}
        </Field>
        <Field label="Phone" hint="International, e.g. +40 712 345 678" error={problem?.fieldError('phone')}>
          {(control) => (
            <input {...control} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />
          )}
        </Field>
        <Field label="Gender" error={problem?.fieldError('gender')}>
          {(control) => (
            <select {...control} value={gender} onChange={(event) => setGender(event.target.value as Gender)}>
              {GENDERS.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending || waitLeft > 0}>
          {save.isPending ? 'Saving…' : waitLeft > 0 ? `Save (in ${waitLeft} s)` : 'Save'}
        </button>
        <button type="button" onClick={onDone} disabled={save.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
