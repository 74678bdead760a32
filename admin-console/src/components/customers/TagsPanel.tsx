import { useId, useRef, useState, type FormEvent } from 'react';
import type { Customer } from '../../api/customers';
import { useAttachTags, useDetachTag, useTagSuggestions } from '../../hooks/useCustomer';
import { useAnnounce } from '../Announcer';
import { Field } from '../Field';
import { ProblemAlert } from '../ProblemAlert';
import { TagList } from './TagList';

function namesIn(text: string): string[] {
  return [...new Set(text.split(',').map((name) => name.trim()).filter(Boolean))];
}

export function TagsPanel({ customer, canChange }: { customer: Customer; canChange: boolean }) {
  const attach = useAttachTags(customer.id);
  const detach = useDetachTag(customer.id);
  const suggestions = useTagSuggestions();
  const announce = useAnnounce();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const suggestionsId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const names = namesIn(draft);
    if (names.length === 0) return;
    attach.mutate(names, {
      onSuccess: () => {
        setDraft('');
        announce(`Added ${names.join(', ')}.`);
      },
    });
  }

  function remove(tag: string) {
    detach.mutate(tag, {
      onSuccess: () => {
        announce(`Removed tag ${tag}.`);
        // The button that had focus is gone with its tag.
        input.current?.focus();
      },
    });
  }

  return (
    <section className="panel" aria-labelledby="tags-heading">
      <h2 id="tags-heading">Tags</h2>
      {attach.error && <ProblemAlert error={attach.error} action="Could not add the tags" />}
      {detach.error && <ProblemAlert error={detach.error} action={`Could not remove tag ${detach.variables}`} />}
      {canChange ? (
        <ul className="tags">
          {customer.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => remove(tag)}
                disabled={detach.isPending}
              >
                ×
              </button>
            </li>
          ))}
          {customer.tags.length === 0 && <li className="muted">None yet</li>}
        </ul>
      ) : (
        <TagList tags={customer.tags} />
      )}
      {canChange && (
        <form className="inline-form" onSubmit={submit}>
          <Field label="Add tags" hint="Separate several with commas; new names become company tags.">
            {(control) => (
              <input
                {...control}
                ref={input}
                list={suggestionsId}
                maxLength={500}
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
              />
            )}
          </Field>
          <datalist id={suggestionsId}>
            {suggestions.data?.map((tag) => <option key={tag.id} value={tag.name} />)}
          </datalist>
          <button type="submit" disabled={attach.isPending || namesIn(draft).length === 0}>
            Add
          </button>
        </form>
      )}
    </section>
  );
}
