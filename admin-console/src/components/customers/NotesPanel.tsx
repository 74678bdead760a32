import { useState, type FormEvent } from 'react';
import { toApiProblem } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { formatDateTime } from '../../format';
import { useAddNote, useNotes } from '../../hooks/useCustomer';
import { useUser } from '../../hooks/useUsers';
import { useAnnounce } from '../Announcer';
import { Field } from '../Field';
import { ProblemAlert } from '../ProblemAlert';

const MAX_NOTE_LENGTH = 5000;

/** Who wrote a note: the service gives a user uuid, looked up where the reader may list users. */
function NoteAuthor({ authorId }: { authorId: string | null }) {
  const { user, can } = useAuth();
  const author = useUser(authorId && authorId !== user?.uuid && can('users:read') ? authorId : null);
  if (authorId === null) return <>a former user</>;
  if (authorId === user?.uuid) return <>you</>;
  return <>{author.data?.username ?? 'a staff member'}</>;
}

export function NotesPanel({ customerId, canAdd }: { customerId: string; canAdd: boolean }) {
  const notes = useNotes(customerId);
  const add = useAddNote(customerId);
  const announce = useAnnounce();
  const [body, setBody] = useState('');
  const total = notes.data?.pages[0]?.total;
  const shown = notes.data?.pages.flatMap((page) => page.items) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(body, {
      onSuccess: () => {
        setBody('');
        announce('Note added.');
      },
    });
  }

  return (
    <section className="panel notes-panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes{total !== undefined && <span className="count"> ({total})</span>}</h2>
      {canAdd && (
        <form onSubmit={submit}>
          {add.error !== null && <ProblemAlert error={add.error} action="Could not add the note" />}
          <Field
            label="New note"
            hint={`${body.length} of ${MAX_NOTE_LENGTH} characters`}
            error={add.error ? toApiProblem(add.error).fieldError('body') : undefined}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={MAX_NOTE_LENGTH}
                value={body}
                onChange={(event) => setBody(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={add.isPending || body.trim() === ''}>
            {add.isPending ? 'Adding…' : 'Add note'}
          </button>
        </form>
      )}
      {notes.error && <ProblemAlert error={notes.error} action="Could not load the notes" />}
      {total === 0 && <p className="muted">No notes yet.</p>}
      <ol className="notes">
        {shown.map((note) => (
          <li key={note.id}>
            <p className="note-body">{note.body}</p>
            <p className="note-meta">
              <time dateTime={note.created_at}>{formatDateTime(note.created_at)}</time> · by{' '}
              <NoteAuthor authorId={note.author_id} />
            </p>
          </li>
        ))}
      </ol>
      {notes.hasNextPage && (
        <button type="button" onClick={() => void notes.fetchNextPage()} disabled={notes.isFetchingNextPage}>
          {notes.isFetchingNextPage ? 'Loading…' : 'Show older notes'}
        </button>
      )}
    </section>
  );
}
