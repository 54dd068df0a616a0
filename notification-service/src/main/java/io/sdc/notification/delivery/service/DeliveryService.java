package io.sdc.notification.delivery.service;

import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.DeliveryStatus;
import io.sdc.notification.delivery.repository.DeliveryRepository;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The deliveries as admins and auditors see them: listed by status, and a dead one re-triggered. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivery> withStatus(DeliveryStatus status, int page, int size) {
        return deliveries.withStatus(status, page, size);
    }

    /** Tries a dead delivery again from a fresh count, now; refused unless it is dead. */
    @Transactional
    public Delivery retrigger(UUID id) {
        Delivery delivery = deliveries.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("delivery", id));
        delivery.retrigger(Instant.now(clock));
        return delivery;
    }
}
