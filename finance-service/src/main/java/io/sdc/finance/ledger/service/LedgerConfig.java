package io.sdc.finance.ledger.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How ledger exports are imported. */
@ConfigMapping(prefix = "sdc.finance.ledger")
public interface LedgerConfig {

    /**
     * A ledger export whose body is larger than this many bytes is imported by a worker: the POST answers 202 with the
     * job. Smaller ones are imported while the request waits. Default 4 MB (about 100,000 short rows is 4-5 MB).
     */
    @WithDefault("4194304")
    long asyncThreshold();

    /**
     * A job whose instance has not reported on it for this long (it stopped, or was killed) is marked FAILED when
     * it is next read, and at any instance's start. A running instance reports on its jobs every second.
     */
    @WithDefault("PT2M")
    Duration jobTimeout();
}
