package io.sdc.contract.review.service;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.YearPeriod;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.repository.ChangeRequestRepository;
import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.contract.review.repository.AnnualReviewRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records annual contract reviews, one per contract year. */
@ApplicationScoped
public class AnnualReviewService {

    @Inject
    AnnualReviewRepository reviews;

    @Inject
    ContractService contracts;

    @Inject
    ChangeRequestRepository changeRequests;

    @Inject
    EventOutbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @Transactional
    public AnnualReview record(UUID contractId, String contractYear, AnnualReview.Record record) {
        Contract contract = contracts.get(contractId);
        YearPeriod year = YearPeriod.containing(contract.contractYearStart().atYear(Integer.parseInt(contractYear.substring(0, 4))),
                contract.contractYearStart());
        if (!year.label().equals(contractYear) || !contract.withinTerm(year.start())) {
            throw ProblemException.invalid("The contract year " + contractYear + " is not a year of this contract, whose term is "
                    + contract.commencementDate() + " to " + contract.expiryDate());
        }
        reviews.ofContractYear(contractId, contractYear).ifPresent(existing -> {
            throw ProblemException.conflict("The contract year " + contractYear + " already has its annual review " + existing.id());
        });
        AnnualReview review = new AnnualReview(UUID.randomUUID(), contractId, contractYear, record);
        reviews.persistAndFlush(review);
        outbox.append(new EventEnvelope(UUID.randomUUID(), AnnualReviewEvents.RECORDED, source, contractId.toString(), Instant.now(), 1,
                objectMapper.valueToTree(AnnualReviewMapper.toView(review, List.of()))));
        return review;
    }

    /** The change requests agreed in principle at the review. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotifiableChangeRequest> agreedAt(AnnualReview review) {
        return changeRequests.agreedAt(review.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReview get(UUID id) {
        return reviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("annual review", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AnnualReview> ofContract(UUID contractId) {
        contracts.get(contractId);
        return reviews.ofContract(contractId);
    }
}
