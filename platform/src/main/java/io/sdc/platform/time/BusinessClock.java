package io.sdc.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock every "now" in a service comes from. Business dates (effective dates, contract and financial years)
 * are UK calendar dates. Where {@code sdc.clock.start} is set (tests, demonstrations), the clock starts at that
 * instant when the service starts and runs on from there, so that nothing depends on the machine's calendar.
 */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @ConfigProperty(name = "sdc.clock.start")
    Optional<Instant> start;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.system(UK);
        return start.map(instant -> Clock.offset(system, Duration.between(system.instant(), instant))).orElse(system);
    }
}
