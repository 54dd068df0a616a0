package io.sdc.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** Business dates (effective dates, contract and financial years) are UK calendar dates. */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(UK);
    }
}
