package io.sdc.contract.changerequest.events;

import io.sdc.contract.changerequest.ChangeRequestSignature;
import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of one party's signature of a submitted change request: which change request, which party signed, who
 * for it (the principal of their token, in their platform role and position), when, and the party whose signature
 * is still awaited (null once both have signed, when the change request is agreed in principle).
 */
@EventData(types = ChangeRequestEvents.SIGNED)
public record ChangeRequestSigned(
        UUID id,
        UUID contractId,
        String reference,
        String title,
        ContractParty party,
        String signedBy,
        String role,
        String position,
        Instant signedAt,
        LocalDate signedOn,
        UUID annualReviewId,
        ContractParty awaitingParty,
        ChangeRequestStatus status,
        long version) implements DomainEvent {

    public static ChangeRequestSigned of(NotifiableChangeRequest change, ChangeRequestSignature signature) {
        return new ChangeRequestSigned(change.id(), change.contractId(), change.reference(), change.title(), signature.party(),
                signature.name(), signature.role(), signature.position(), signature.signedAt(), signature.signedOn(),
                signature.annualReviewId(), change.awaitingParties().stream().findFirst().orElse(null), change.status(),
                change.version());
    }
}
