package io.sdc.performance.basket;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.draftBasket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps one basket version of a contract in force on any date even where the code is bypassed: a
 * second version in force over dates the first covers is refused (an exclusion violation, which the platform answers
 * 409), and so is a version superseded on or before the day it took effect.
 */
@QuarkusTest
class BasketInForceConstraintTest {

    @Inject
    PerformanceTestSupport support;

    @Inject
    EntityManager entityManager;

    @Test
    void twoVersionsInForceOnOneDateAreRefused() throws Exception {
        PerformanceTestSupport.ContractWithBasket inForce = support.contractWithFirstBasket();
        UUID draft = UUID.fromString(draftBasket(inForce.contract()));

        assertThat(sqlState(() -> setDates(draft, "2015-04-01", "2016-04-01"))).isEqualTo("23P01");
        assertThat(sqlState(() -> setDates(draft, "2014-04-01", "2014-04-01"))).isEqualTo("23514");
        // Before the first version took effect, the dates overlap nothing.
        setDates(draft, "2014-04-01", "2014-10-01");
    }

    private void setDates(UUID basket, String effectiveFrom, String supersededFrom) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        UPDATE basket_version SET status = 'SUPERSEDED', effective_from = CAST(?1 AS date),
                          superseded_from = CAST(?2 AS date) WHERE id = ?3""")
                .setParameter(1, effectiveFrom).setParameter(2, supersededFrom).setParameter(3, basket).executeUpdate());
    }

    private static String sqlState(Runnable statement) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(statement::run).satisfies(refusal -> thrown[0] = refusal);
        for (Throwable cause = thrown[0]; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
