package io.sdc.finance.ledger.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.finance.ledger.LedgerMapping;
import io.sdc.finance.ledger.MappingRow;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LedgerMappingRepository implements PanacheRepositoryBase<LedgerMapping, UUID> {

    private static final int BATCH = 1000;

    /** The contract's latest mapping version, if it has one. */
    public Optional<LedgerMapping> current(UUID contractId) {
        return find("contractId = ?1 order by version desc", contractId).firstResultOptional();
    }

    public Optional<LedgerMapping> version(UUID contractId, int version) {
        return find("contractId = ?1 and version = ?2", contractId, version).firstResultOptional();
    }

    /** Every version of the contract's mapping, the first first. */
    public List<LedgerMapping> versions(UUID contractId) {
        return list("contractId = ?1 order by version", contractId);
    }

    /** A version's rows, in the order of the file they came from. */
    public List<MappingRow> rows(UUID mappingId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT row_number, cost_centre, account, budget_line FROM ledger_mapping_row
                        WHERE mapping_id = ?1 ORDER BY row_number""", Object[].class)
                .setParameter(1, mappingId).getResultList();
        return rows.stream().map(row -> new MappingRow(((Number) row[0]).intValue(), (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    /** Stores a new version with its rows. */
    public void add(LedgerMapping mapping, List<MappingRow> rows) {
        persistAndFlush(mapping);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO ledger_mapping_row (mapping_id, row_number, cost_centre, account, budget_line) VALUES (?, ?, ?, ?, ?)""")) {
                int pending = 0;
                for (MappingRow row : rows) {
                    insert.setObject(1, mapping.id());
                    insert.setInt(2, row.rowNumber());
                    insert.setString(3, row.costCentre());
                    insert.setString(4, row.account());
                    insert.setString(5, row.budgetLine());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** The mapping version a ledger return went through, if the return came from a ledger export. */
    public Optional<UUID> mappingOfReturn(UUID returnId) {
        List<?> found = getEntityManager().createNativeQuery("SELECT mapping_id FROM ledger_return WHERE return_id = ?1")
                .setParameter(1, returnId).getResultList();
        return found.stream().findFirst().map(id -> (UUID) id);
    }

    /** How many rows the ledger export of a return had (0 if the return is not from a ledger export). */
    public int rowsOfReturn(UUID returnId) {
        List<?> found = getEntityManager().createNativeQuery("SELECT row_count FROM ledger_return WHERE return_id = ?1")
                .setParameter(1, returnId).getResultList();
        return found.stream().findFirst().map(count -> ((Number) count).intValue()).orElse(0);
    }
}
