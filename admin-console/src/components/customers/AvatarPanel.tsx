import { useRef, useState, type FormEvent } from 'react';
import type { Customer } from '../../api/customers';
import { useUploadAvatar } from '../../hooks/useCustomer';
import { useAnnounce } from '../Announcer';
import { Field } from '../Field';
import { ProblemAlert } from '../ProblemAlert';
import { AvatarPreview } from './AvatarPreview';
import { CustomerAvatar } from './CustomerAvatar';

export function AvatarPanel({ customer, canChange }: { customer: Customer; canChange: boolean }) {
  const upload = useUploadAvatar(customer.id);
  const announce = useAnnounce();
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        announce('Avatar uploaded.');
      },
    });
  }

  return (
    <section className="panel" aria-labelledby="avatar-heading">
      <h2 id="avatar-heading">Avatar</h2>
      <div className="avatar-row">
        <figure>
          <CustomerAvatar customer={customer} size="large" label={`Avatar of ${customer.full_name}`} />
          <figcaption>Current</figcaption>
        </figure>
        {file && (
          <figure>
            <AvatarPreview file={file} />
            <figcaption>New</figcaption>
          </figure>
        )}
      </div>
      {canChange && (
        <form onSubmit={submit}>
          {upload.error !== null && <ProblemAlert error={upload.error} action="Could not upload the avatar" />}
          <Field label="Choose an image" hint="JPEG, PNG or WebP, up to 2 MB.">
            {(control) => (
              <input
                {...control}
                ref={fileInput}
                type="file"
                accept="image/jpeg,image/png,image/webp"
                onChange={(event) => {
                  upload.reset();
                  setFile(event.target.files?.[0] ?? null);
                }}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={!file || upload.isPending}>
            {upload.isPending ? 'Uploading…' : 'Upload avatar'}
          </button>
        </form>
      )}
    </section>
  );
}
