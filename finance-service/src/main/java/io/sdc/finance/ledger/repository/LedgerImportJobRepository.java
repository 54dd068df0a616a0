package io.sdc.finance.ledger.repository;

import io.sdc.finance.ledger.LedgerImportJob;
import io.sdc.finance.ledger.LedgerImportJobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger import jobs. Each step is one conditional update from the statuses the step may leave
 * ({@link LedgerImportJobStatus#next()}), so a worker finishing a job and another instance marking it failed never
 * both win: the second finds nothing to update.
 */
@ApplicationScoped
public class LedgerImportJobRepository {

    private static final String COLUMNS = """
            id, budget_id, contract_id, period, status, bytes, file_sha256, rows_read, submitted_by, created_at, started_at,
            finished_at, heartbeat_at, return_id, already_applied, problem::text""";

    @Inject
    EntityManager entityManager;

    public void add(LedgerImportJob job) {
        entityManager.createNativeQuery("""
                        INSERT INTO ledger_import_job (id, budget_id, contract_id, period, status, bytes, file_sha256, rows_read,
                                                       submitted_by, created_at, heartbeat_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?9)""")
                .setParameter(1, job.id()).setParameter(2, job.budgetId()).setParameter(3, job.contractId())
                .setParameter(4, job.period()).setParameter(5, job.status().name()).setParameter(6, job.bytes())
                .setParameter(7, job.fileSha256()).setParameter(8, job.submittedBy()).setParameter(9, Timestamp.from(job.createdAt()))
                .executeUpdate();
    }

    public Optional<LedgerImportJob> find(UUID id) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM ledger_import_job WHERE id = ?1", Object[].class)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(LedgerImportJobRepository::job);
    }

    /** QUEUED to RUNNING; false if the job is no longer queued (marked failed meanwhile). */
    public boolean start(UUID id, Instant at) {
        return entityManager.createNativeQuery("UPDATE ledger_import_job SET status = 'RUNNING', started_at = ?2, heartbeat_at = ?2"
                        + " WHERE id = ?1 AND status IN (" + from(LedgerImportJobStatus.RUNNING) + ")")
                .setParameter(1, id).setParameter(2, Timestamp.from(at)).executeUpdate() == 1;
    }

    /** RUNNING to SUCCEEDED with the return it made (or found already imported); false if it was no longer running. */
    public boolean succeed(UUID id, UUID returnId, boolean alreadyApplied, long rowsRead, Instant at) {
        return entityManager.createNativeQuery("UPDATE ledger_import_job SET status = 'SUCCEEDED', return_id = ?2, already_applied = ?3,"
                        + " rows_read = ?4, finished_at = ?5, heartbeat_at = ?5"
                        + " WHERE id = ?1 AND status IN (" + from(LedgerImportJobStatus.SUCCEEDED) + ")")
                .setParameter(1, id).setParameter(2, returnId).setParameter(3, alreadyApplied).setParameter(4, rowsRead)
                .setParameter(5, Timestamp.from(at)).executeUpdate() == 1;
    }

    /** To FAILED with the problem (a JSON problem document); false if it had already finished. */
    public boolean fail(UUID id, String problemJson, Instant at) {
        return entityManager.createNativeQuery("UPDATE ledger_import_job SET status = 'FAILED', finished_at = ?2, heartbeat_at = ?2,"
                        + " problem = CAST(?3 AS jsonb) WHERE id = ?1 AND status IN (" + from(LedgerImportJobStatus.FAILED) + ")")
                .setParameter(1, id).setParameter(2, Timestamp.from(at)).setParameter(3, problemJson).executeUpdate() == 1;
    }

    /** Marks FAILED, with the problem, every unfinished job whose heartbeat is older than {@code staleBefore}. */
    public int failStale(Instant staleBefore, String problemJson, Instant at) {
        return entityManager.createNativeQuery("UPDATE ledger_import_job SET status = 'FAILED', finished_at = ?2, problem = CAST(?3 AS jsonb)"
                        + " WHERE status IN (" + from(LedgerImportJobStatus.FAILED) + ") AND heartbeat_at < ?1")
                .setParameter(1, Timestamp.from(staleBefore)).setParameter(2, Timestamp.from(at)).setParameter(3, problemJson)
                .executeUpdate();
    }

    /** {@link #failStale} of one job. */
    public int failStale(UUID id, Instant staleBefore, String problemJson, Instant at) {
        return entityManager.createNativeQuery("UPDATE ledger_import_job SET status = 'FAILED', finished_at = ?2, problem = CAST(?3 AS jsonb)"
                        + " WHERE id = ?4 AND status IN (" + from(LedgerImportJobStatus.FAILED) + ") AND heartbeat_at < ?1")
                .setParameter(1, Timestamp.from(staleBefore)).setParameter(2, Timestamp.from(at)).setParameter(3, problemJson)
                .setParameter(4, id).executeUpdate();
    }

    /** This instance is still working on the job: its heartbeat and the rows read so far. */
    public void beat(UUID id, long rowsRead, Instant at) {
        entityManager.createNativeQuery("""
                        UPDATE ledger_import_job SET heartbeat_at = ?2, rows_read = GREATEST(rows_read, ?3)
                        WHERE id = ?1 AND status IN ('QUEUED', 'RUNNING')""")
                .setParameter(1, id).setParameter(2, Timestamp.from(at)).setParameter(3, rowsRead).executeUpdate();
    }

    /** The statuses a job may leave for {@code target}, as SQL literals: the lifecycle's table, not a copy of it. */
    private static String from(LedgerImportJobStatus target) {
        return String.join(", ", Arrays.stream(LedgerImportJobStatus.values()).filter(status -> status.next().contains(target))
                .map(status -> "'" + status.name() + "'").toList());
    }

    private static LedgerImportJob job(Object[] row) {
        return new LedgerImportJob((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], LedgerImportJobStatus.valueOf((String) row[4]),
                ((Number) row[5]).longValue(), (String) row[6], ((Number) row[7]).longValue(), (String) row[8], instant(row[9]),
                instant(row[10]), instant(row[11]), instant(row[12]), (UUID) row[13], (Boolean) row[14], (String) row[15]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }
}
