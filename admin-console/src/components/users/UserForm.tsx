import { useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { toApiProblem } from '../../api/problem';
import type { NewUser, RoleCode, User, UserChanges } from '../../api/users';
import { useAuth } from '../../auth/AuthContext';
import { CompanySelect } from '../companies/CompanySelect';
import { useCreateUser, useRoles, useUpdateUser } from '../../hooks/useUsers';
import { useAnnounce } from '../Announcer';
import { Field } from '../Field';
import { ProblemAlert } from '../ProblemAlert';

interface UserFormProps {
  /** The user to edit; without one the form creates a new user. */
  user?: User;
  onDone(): void;
}

interface Values {
  username: string;
  email: string;
  password: string;
  first_name: string;
  last_name: string;
  phone: string;
  role: RoleCode;
  company_id: string;
  is_active: boolean;
}

function initialValues(user: User | undefined, companyId: string | null): Values {
  return {
    username: user?.username ?? '',
    email: user?.email ?? '',
    password: '',
    first_name: user?.first_name ?? '',
    last_name: user?.last_name ?? '',
    phone: user?.phone ?? '',
    role: user?.role ?? 'customer',
    company_id: user?.company_id ?? companyId ?? '',
    is_active: user?.is_active ?? true,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Only what changed goes to the service: a PUT there is a partial update. */
function changesTo(user: User, values: Values): UserChanges {
  const changes: UserChanges = {};
  if (values.email.trim() !== user.email) changes.email = values.email.trim();
  if (orNull(values.first_name) !== user.first_name) changes.first_name = orNull(values.first_name);
  if (orNull(values.last_name) !== user.last_name) changes.last_name = orNull(values.last_name);
  if (orNull(values.phone) !== user.phone) changes.phone = orNull(values.phone);
  if (values.role !== user.role) changes.role = values.role;
  if (values.is_active !== user.is_active) changes.is_active = values.is_active;
  if (values.password) changes.password = values.password;
  return changes;
}

function newUserFrom(values: Values): NewUser {
  return {
    username: values.username.trim(),
    email: values.email.trim(),
    password: values.password,
    first_name: orNull(values.first_name) ?? undefined,
    last_name: orNull(values.last_name) ?? undefined,
    phone: orNull(values.phone) ?? undefined,
    role: values.role,
    company_id: values.company_id || undefined,
  };
}

export function UserForm({ user, onDone }: UserFormProps) {
  const { user: me } = useAuth();
  const [values, setValues] = useState(() => initialValues(user, me?.company_id ?? null));
  const roles = useRoles();
  const create = useCreateUser();
  const update = useUpdateUser();
  const announce = useAnnounce();
  const saving = user ? update : create;
  const problem = saving.error ? toApiProblem(saving.error) : null;
  const editingSelf = user !== undefined && user.uuid === me?.uuid;
  const activeId = useId();

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) {
      create.mutate(newUserFrom(values), {
        onSuccess: (created) => {
          announce(`Created user ${created.username}.`);
          onDone();
        },
      });
      return;
    }
    const changes = changesTo(user, values);
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(
      { id: user.id, changes },
      {
        onSuccess: (saved) => {
          announce(`Saved user ${saved.username}.`);
          onDone();
        },
      },
    );
  }

  const text = (
    field: 'username' | 'email' | 'first_name' | 'last_name' | 'phone',
    label: string,
    extra: InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field label={label} error={problem?.fieldError(field)}>
      {(control) => (
        <input {...control} {...extra} value={values[field]} onChange={(event) => set(field, event.target.value)} />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate>
      {saving.error !== null && (
        <ProblemAlert error={saving.error} action={user ? `Could not save ${user.username}` : 'Could not create the user'} />
      )}
      <div className="form-grid">
        {user ? (
          <p className="field">
            <span className="field-label">Username</span> {user.username}
          </p>
        ) : (
          text('username', 'Username', { autoComplete: 'off', required: true })
        )}
        {text('email', 'Email', { type: 'email', required: true })}
        <Field
          label={user ? 'New password' : 'Password'}
          hint={user ? 'Leave empty to keep the current one. 8–64 characters.' : '8–64 characters.'}
          error={problem?.fieldError('password')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              required={!user}
              value={values.password}
              onChange={(event) => set('password', event.target.value)}
            />
          )}
        </Field>
        {text('first_name', 'First name')}
        {text('last_name', 'Last name')}
        {text('phone', 'Phone', { type: 'tel' })}
        <Field
          label="Role"
          hint={editingSelf ? 'You cannot change your own role.' : undefined}
          error={problem?.fieldError('role')}
        >
          {(control) => (
            <select
              {...control}
              value={values.role}
              disabled={editingSelf}
              onChange={(event) => set('role', event.target.value as RoleCode)}
            >
              {(roles.data ?? [{ code: values.role, name: values.role }]).map((role) => (
                <option key={role.code} value={role.code}>
                  {role.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {/* Platform operators place a new user in any company; everyone else's join their own. */}
        {!user && me?.is_superuser && (
          <CompanySelect
            value={values.company_id}
            error={problem?.fieldError('company_id')}
            onChange={(companyId) => set('company_id', companyId)}
          />
        )}
        {user && !editingSelf && (
          <div className="field field-checkbox">
            <input
              id={activeId}
              type="checkbox"
              checked={values.is_active}
              onChange={(event) => set('is_active', event.target.checked)}
            />
            <label htmlFor={activeId}>Active (may sign in)</label>
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving.isPending}>
          {saving.isPending ? 'Saving…' : user ? 'Save user' : 'Create user'}
        </button>
        <button type="button" onClick={onDone} disabled={saving.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
