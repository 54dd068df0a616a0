package io.sdc.notification.reminder.repository;

import io.sdc.notification.reminder.KnownContract;
import io.sdc.notification.reminder.KnownMilestone;
import io.sdc.notification.reminder.PendingDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the reminders know, kept from the producers' events, and the reminders raised: each contract's term and
 * contract year, its milestones, the periods whose return or observations arrived, the contract years reviewed, the
 * change requests waiting for a decision.
 */
@ApplicationScoped
public class ReminderRepository {

    @Inject
    EntityManager entityManager;

    /**
     * Takes the reminder run's PostgreSQL advisory lock (key {@code lock}) for this transaction; false if another
     * transaction holds it.
     */
    public boolean tryRunLock(long lock) {
        return Boolean.TRUE.equals(entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)", Boolean.class)
                .setParameter(1, lock).getSingleResult());
    }

    public List<KnownContract> contracts() {
        List<Tuple> rows = entityManager.createNativeQuery("""
                SELECT id, reference, commencement_date, expiry_date, contract_year_start_month, contract_year_start_day
                FROM known_contract ORDER BY reference""", Tuple.class).getResultList();
        return rows.stream().map(row -> new KnownContract(row.get("id", UUID.class), row.get("reference", String.class),
                row.get("commencement_date", LocalDate.class), row.get("expiry_date", LocalDate.class),
                MonthDay.of(row.get("contract_year_start_month", Integer.class), row.get("contract_year_start_day", Integer.class))))
                .toList();
    }

    public void knowContract(KnownContract contract) {
        entityManager.createNativeQuery("""
                        INSERT INTO known_contract (id, reference, commencement_date, expiry_date, contract_year_start_month, contract_year_start_day)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (id) DO UPDATE SET reference = EXCLUDED.reference, commencement_date = EXCLUDED.commencement_date,
                          expiry_date = EXCLUDED.expiry_date, contract_year_start_month = EXCLUDED.contract_year_start_month,
                          contract_year_start_day = EXCLUDED.contract_year_start_day""")
                .setParameter(1, contract.id()).setParameter(2, contract.reference())
                .setParameter(3, contract.commencementDate()).setParameter(4, contract.expiryDate())
                .setParameter(5, contract.contractYearStart().getMonthValue()).setParameter(6, contract.contractYearStart().getDayOfMonth())
                .executeUpdate();
    }

    /** The milestones not yet met whose date falls from {@code from} to {@code to}, earliest first. */
    public List<KnownMilestone> unmetMilestonesDue(LocalDate from, LocalDate to) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT id, contract_id, title, due_date FROM known_milestone
                        WHERE NOT met AND due_date >= ?1 AND due_date <= ?2 ORDER BY due_date""", Tuple.class)
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(row -> new KnownMilestone(row.get("id", UUID.class), row.get("contract_id", UUID.class),
                row.get("title", String.class), row.get("due_date", LocalDate.class))).toList();
    }

    /** Keeps a milestone as it was added (the first announcement stays). */
    public void knowMilestone(KnownMilestone milestone, String targetJudgement, boolean met) {
        entityManager.createNativeQuery("""
                        INSERT INTO known_milestone (id, contract_id, title, target_judgement, due_date, met)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, milestone.id()).setParameter(2, milestone.contractId()).setParameter(3, milestone.title())
                .setParameter(4, targetJudgement).setParameter(5, milestone.dueDate()).setParameter(6, met)
                .executeUpdate();
    }

    public void milestoneMet(UUID milestone) {
        entityManager.createNativeQuery("UPDATE known_milestone SET met = TRUE WHERE id = ?1").setParameter(1, milestone).executeUpdate();
    }

    public void received(UUID contract, String kind, String period) {
        entityManager.createNativeQuery("INSERT INTO received_submission (contract_id, kind, period) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, contract).setParameter(2, kind).setParameter(3, period).executeUpdate();
    }

    public boolean hasReceived(UUID contract, String kind, String period) {
        return count("SELECT count(*) FROM received_submission WHERE contract_id = ?1 AND kind = ?2 AND period = ?3",
                contract, kind, period) > 0;
    }

    public void reviewed(UUID contract, String contractYear) {
        entityManager.createNativeQuery("INSERT INTO recorded_review (contract_id, contract_year) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, contract).setParameter(2, contractYear).executeUpdate();
    }

    public boolean hasReviewed(UUID contract, String contractYear) {
        return count("SELECT count(*) FROM recorded_review WHERE contract_id = ?1 AND contract_year = ?2", contract, contractYear) > 0;
    }

    /** The change requests that have waited for a decision since before {@code cutoff}, longest first. */
    public List<PendingDecision> waitingSince(Instant cutoff) {
        return entityManager.createQuery(
                        "select p from PendingDecision p where p.waitingSince < :cutoff order by p.waitingSince", PendingDecision.class)
                .setParameter("cutoff", cutoff).getResultList();
    }

    public Optional<PendingDecision> pendingDecision(UUID changeRequest) {
        return Optional.ofNullable(entityManager.find(PendingDecision.class, changeRequest));
    }

    public void waiting(PendingDecision pending) {
        entityManager.persist(pending);
    }

    public void decided(PendingDecision pending) {
        entityManager.remove(pending);
    }

    /** Whether this item already had a reminder of this kind. */
    public boolean raised(String kind, String key) {
        return count("SELECT count(*) FROM reminder WHERE kind = ?1 AND item_key = ?2", kind, key) > 0;
    }

    /** Records that the item had its reminder, made as the notification {@code notification} (stored first). */
    public void recordRaised(String kind, String key, UUID notification, Instant at) {
        entityManager.flush();
        entityManager.createNativeQuery("INSERT INTO reminder (id, kind, item_key, notification_id, raised_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind).setParameter(3, key)
                .setParameter(4, notification).setParameter(5, at).executeUpdate();
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
