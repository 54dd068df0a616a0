package io.sdc.finance.support;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.UUID;

/** A test on a contract of its own, announced before each test as contract-service would and known to finance-service. */
public abstract class KnownContractTest {

    @Inject
    protected FinanceTestSupport support;

    protected UUID contract;

    @BeforeEach
    protected void knownContract() throws Exception {
        contract = support.knownContract();
    }
}
