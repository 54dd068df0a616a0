package io.sdc.performance.scorecard.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The generation of what a contract's scorecards are built from, as committed (migration V17's triggers move it in the
 * writers' own transactions, every contract's for what they all share). It only grows, and grows with every committed
 * write to the inputs, on whichever instance; after a restore from a backup, past every value it had before.
 */
@ApplicationScoped
public class Generations {

    private static final String QUERY = "select coalesce(max(generation), 0) from scorecard_generation where contract_id = ?";

    @Inject
    AgroalDataSource dataSource;

    public long of(UUID contract) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setObject(1, contract);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the scorecard generation of contract " + contract, e);
        }
    }
}
