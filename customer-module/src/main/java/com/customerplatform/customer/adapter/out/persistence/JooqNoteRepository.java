package com.customerplatform.customer.adapter.out.persistence;

import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.CUSTOMERS;
import static com.customerplatform.customer.adapter.out.persistence.jooq.Tables.NOTES;
import static org.jooq.impl.DSL.select;

import com.customerplatform.customer.adapter.out.persistence.jooq.tables.records.NotesRecord;
import com.customerplatform.customer.domain.Note;
import com.customerplatform.customer.domain.NoteRepository;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Notes in {@code customer.notes}; deleted with their customer (foreign key, same schema). */
public class JooqNoteRepository implements NoteRepository {

    /** Rows fetched per round trip when streaming (PostgreSQL streams only inside a transaction). */
    private static final int STREAM_FETCH_SIZE = 500;

    private final DSLContext dsl;

    public JooqNoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Note insert(Note note) {
        NotesRecord row = dsl.newRecord(NOTES)
                .setId(note.id())
                .setCustomerId(note.customerId())
                .setAuthorId(note.authorId())
                .setBody(note.body())
                .setCreatedAt(note.createdAt().atOffset(ZoneOffset.UTC));
        row.store();
        return toDomain(row);
    }

    @Override
    public Page<Note> findByCustomer(UUID customerId, PageRequest page) {
        long total = countByCustomer(customerId);
        return new Page<>(
                dsl.selectFrom(NOTES)
                        .where(NOTES.CUSTOMER_ID.eq(customerId))
                        .orderBy(NOTES.CREATED_AT.desc(), NOTES.ID.desc())
                        .limit(page.limit())
                        .offset(page.offset())
                        .fetch(JooqNoteRepository::toDomain),
                total,
                page);
    }

    @Override
    public long countByCustomer(UUID customerId) {
        return dsl.fetchCount(NOTES, NOTES.CUSTOMER_ID.eq(customerId));
    }

    @Override
    public Stream<Note> streamByCustomer(UUID customerId) {
        return dsl
                .selectFrom(NOTES)
                .where(NOTES.CUSTOMER_ID.eq(customerId))
                .orderBy(NOTES.CREATED_AT, NOTES.ID)
                .fetchSize(STREAM_FETCH_SIZE)
                .stream()
                .map(JooqNoteRepository::toDomain);
    }

    @Override
    public Stream<Note> streamByAuthor(UUID authorId, UUID onlyBusiness) {
        return dsl
                .selectFrom(NOTES)
                .where(writtenBy(authorId, onlyBusiness))
                .orderBy(NOTES.CREATED_AT, NOTES.ID)
                .fetchSize(STREAM_FETCH_SIZE)
                .stream()
                .map(JooqNoteRepository::toDomain);
    }

    @Override
    public int forgetAuthor(UUID authorId, UUID onlyBusiness) {
        return dsl.update(NOTES)
                .setNull(NOTES.AUTHOR_ID)
                .where(writtenBy(authorId, onlyBusiness))
                .execute();
    }

    private static Condition writtenBy(UUID authorId, UUID onlyBusiness) {
        Condition condition = NOTES.AUTHOR_ID.eq(authorId);
        return onlyBusiness == null
                ? condition
                : condition.and(NOTES.CUSTOMER_ID.in(
                        select(CUSTOMERS.ID).from(CUSTOMERS).where(CUSTOMERS.BUSINESS_ID.eq(onlyBusiness))));
    }

    @Override
    public boolean delete(UUID customerId, UUID noteId) {
        return dsl.deleteFrom(NOTES)
                        .where(NOTES.ID.eq(noteId).and(NOTES.CUSTOMER_ID.eq(customerId)))
                        .execute()
                == 1;
    }

    private static Note toDomain(NotesRecord row) {
        return new Note(
                row.getId(),
                row.getCustomerId(),
                row.getAuthorId(),
                row.getBody(),
                row.getCreatedAt().toInstant());
    }
}
