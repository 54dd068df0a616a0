package io.sdc.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Something to do once the current transaction has committed (nothing if it rolls back), registered at most once per
 * transaction and purpose however often it is asked for: e.g. waking a worker for the rows the transaction wrote.
 */
@ApplicationScoped
public class AfterCommit {

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Runs {@code action} on the committing thread after the current transaction commits, unless an action was already
     * registered under {@code purpose} in this transaction. The action must be quick and must not throw.
     *
     * @return whether the action was registered now (the first time in this transaction)
     * @throws IllegalStateException outside a transaction
     */
    public boolean once(Object purpose, Runnable action) {
        if (transactions.getResource(purpose) != null) {
            return false;
        }
        transactions.putResource(purpose, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
        return true;
    }
}
