package io.sdc.contract.changerequest;

import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A proposed change to a Service Delivery Contract, raised by either party. Its lifecycle is guarded here: a step
 * the lifecycle does not allow is refused with the steps it does allow; approval waits for a further statutory
 * direction where the change needs one; implementation waits for the effective date. Every step is kept with its
 * actor, time and comment.
 */
@Entity
@Table(name = "change_request")
@Audited
public class NotifiableChangeRequest {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChangeRequestType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_by", nullable = false, updatable = false)
    private RaisingParty raisedBy;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String rationale;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "financial_impact")
    private BigDecimal financialImpact;

    @Column(name = "requires_statutory_direction", nullable = false)
    private boolean requiresStatutoryDirection;

    @Column(name = "statutory_direction_reference")
    private String statutoryDirectionReference;

    @Column(name = "service_area_code")
    private String serviceAreaCode;

    @Column(name = "service_area_name")
    private String serviceAreaName;

    @Column(name = "basket_version_id")
    private UUID basketVersionId;

    @Column(name = "budget_financial_year")
    private String budgetFinancialYear;

    @Column(name = "budget_line")
    private String budgetLine;

    @Column(name = "budget_amount")
    private BigDecimal budgetAmount;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "commissioner_signatory")
    private String commissionerSignatory;

    @Column(name = "provider_signatory")
    private String providerSignatory;

    @Column(name = "annual_review_id")
    private UUID annualReviewId;

    @Column(name = "variation_number")
    private Integer variationNumber;

    @Column(name = "implementation_failed_service")
    private String implementationFailedService;

    @Column(name = "implementation_failure_reason")
    private String implementationFailureReason;

    @Column(name = "implementation_failure_recorded_at")
    private Instant implementationFailureRecordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeRequestStatus status;

    @Version
    private long version;

    @NotAudited
    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.ALL)
    @OrderBy("at")
    private List<ChangeRequestTransition> transitions = new ArrayList<>();

    protected NotifiableChangeRequest() {
    }

    public NotifiableChangeRequest(UUID id, UUID contractId, int number, RaisingParty raisedBy, Proposal proposal,
                                   ChangeRequestTransition.Step step) {
        this.id = Objects.requireNonNull(id);
        this.contractId = Objects.requireNonNull(contractId);
        this.number = number;
        this.type = proposal.type();
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.status = ChangeRequestStatus.DRAFT;
        apply(proposal);
        transitions.add(new ChangeRequestTransition(this, null, ChangeRequestStatus.DRAFT, step));
    }

    /** Replaces the proposal of a draft; its type stays. */
    public void revise(Proposal proposal) {
        if (status != ChangeRequestStatus.DRAFT) {
            throw ProblemException.conflict("Only a DRAFT change request can be edited; this one is " + status);
        }
        if (proposal.type() != type) {
            throw ProblemException.invalid("A change request's type cannot change: it is " + type);
        }
        apply(proposal);
    }

    public void submit(ChangeRequestTransition.Step step) {
        move(ChangeRequestStatus.SUBMITTED, step);
    }

    /** Both parties agree the change in principle, e.g. at the annual contract review. */
    public void agreeInPrinciple(Agreement agreement, ChangeRequestTransition.Step step) {
        move(ChangeRequestStatus.AGREED_IN_PRINCIPLE, step);
        this.agreedOn = agreement.agreedOn();
        this.commissionerSignatory = agreement.commissionerSignatory();
        this.providerSignatory = agreement.providerSignatory();
        this.annualReviewId = agreement.annualReviewId();
    }

    /** Records the further statutory direction a change inconsistent with the existing one needs before approval. */
    public void recordStatutoryDirection(String reference) {
        if (status != ChangeRequestStatus.SUBMITTED && status != ChangeRequestStatus.AGREED_IN_PRINCIPLE) {
            throw ProblemException.conflict("A statutory direction is recorded on a SUBMITTED or AGREED_IN_PRINCIPLE change request; this one is " + status);
        }
        this.statutoryDirectionReference = reference;
    }

    /** The council's decision to make the change. */
    public void approve(ChangeRequestTransition.Step step) {
        requireAllowed(ChangeRequestStatus.APPROVED);
        if (requiresStatutoryDirection && statutoryDirectionReference == null) {
            throw ProblemException.conflict("This change is inconsistent with the statutory direction: record the further "
                    + "statutory direction's reference before approving it");
        }
        move(ChangeRequestStatus.APPROVED, step);
    }

    public void reject(ChangeRequestTransition.Step step) {
        move(ChangeRequestStatus.REJECTED, step);
    }

    public void withdraw(ChangeRequestTransition.Step step) {
        move(ChangeRequestStatus.WITHDRAWN, step);
    }

    /** Implements an approved change, on or after its effective date; the contract variation it made has this number. */
    public void implement(LocalDate today, int variationNumber, ChangeRequestTransition.Step step) {
        requireAllowed(ChangeRequestStatus.IMPLEMENTED);
        if (today.isBefore(effectiveDate)) {
            throw ProblemException.conflict("This change takes effect on " + effectiveDate + " and cannot be implemented before then");
        }
        move(ChangeRequestStatus.IMPLEMENTED, step);
        this.variationNumber = variationNumber;
    }

    /**
     * Records that a service could not apply this approved change, and why: kept on the change request and as a step
     * in its history, taken by that service, with the status unchanged. Only the first refusal is kept; a repeat of
     * it, or any later one, changes nothing. Returns whether this one was recorded.
     */
    public boolean recordImplementationFailure(String service, String reason, Instant at) {
        if (status != ChangeRequestStatus.APPROVED && status != ChangeRequestStatus.IMPLEMENTED) {
            throw new IllegalStateException("Change request " + id + " is " + status
                    + ": only an approved change can fail to be implemented");
        }
        if (implementationFailedService != null) {
            return false;
        }
        this.implementationFailedService = Objects.requireNonNull(service);
        this.implementationFailureReason = Objects.requireNonNull(reason);
        this.implementationFailureRecordedAt = Objects.requireNonNull(at);
        transitions.add(new ChangeRequestTransition(this, status, status, new ChangeRequestTransition.Step(service,
                ChangeAuthor.SYSTEM_ROLE, at, service + " could not implement this change: " + reason)));
        return true;
    }

    /** Refuses a step the lifecycle does not allow from here, naming the ones it does. */
    public void requireAllowed(ChangeRequestStatus target) {
        if (!status.next().contains(target)) {
            String allowed = status.next().isEmpty() ? "none: it is final"
                    : status.next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.conflict("A " + status + " change request cannot become " + target
                    + "; the steps allowed from " + status + " are " + allowed);
        }
    }

    private void move(ChangeRequestStatus target, ChangeRequestTransition.Step step) {
        requireAllowed(target);
        transitions.add(new ChangeRequestTransition(this, status, target, step));
        this.status = target;
    }

    private void apply(Proposal proposal) {
        switch (proposal.type()) {
            case SERVICE_TRANSFER_IN, SERVICE_TRANSFER_OUT -> {
                if (proposal.serviceAreaCode() == null || proposal.serviceAreaName() == null) {
                    throw ProblemException.invalid("A service transfer names the service area: serviceArea.code and serviceArea.name");
                }
            }
            case PI_BASKET_REVISION -> {
                if (proposal.basketVersionId() == null) {
                    throw ProblemException.invalid("A PI basket revision references the proposed basket version: basketVersionId");
                }
            }
            case BUDGET_VARIATION -> {
                if (proposal.budgetFinancialYear() == null || proposal.budgetLine() == null || proposal.budgetAmount() == null) {
                    throw ProblemException.invalid("A budget variation names budget.financialYear, budget.line and budget.amount");
                }
            }
            default -> {
            }
        }
        this.title = proposal.title();
        this.rationale = proposal.rationale();
        this.effectiveDate = proposal.effectiveDate();
        this.financialImpact = proposal.financialImpact();
        this.requiresStatutoryDirection = proposal.requiresStatutoryDirection();
        this.serviceAreaCode = proposal.serviceAreaCode();
        this.serviceAreaName = proposal.serviceAreaName();
        this.basketVersionId = proposal.basketVersionId();
        this.budgetFinancialYear = proposal.budgetFinancialYear();
        this.budgetLine = proposal.budgetLine();
        this.budgetAmount = proposal.budgetAmount();
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public int number() {
        return number;
    }

    /** The change request's reference within its contract, e.g. NCR-3. */
    public String reference() {
        return "NCR-" + number;
    }

    public ChangeRequestType type() {
        return type;
    }

    public RaisingParty raisedBy() {
        return raisedBy;
    }

    public String title() {
        return title;
    }

    public String rationale() {
        return rationale;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public BigDecimal financialImpact() {
        return financialImpact;
    }

    public boolean requiresStatutoryDirection() {
        return requiresStatutoryDirection;
    }

    public String statutoryDirectionReference() {
        return statutoryDirectionReference;
    }

    public String serviceAreaCode() {
        return serviceAreaCode;
    }

    public String serviceAreaName() {
        return serviceAreaName;
    }

    public UUID basketVersionId() {
        return basketVersionId;
    }

    public String budgetFinancialYear() {
        return budgetFinancialYear;
    }

    public String budgetLine() {
        return budgetLine;
    }

    public BigDecimal budgetAmount() {
        return budgetAmount;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public String commissionerSignatory() {
        return commissionerSignatory;
    }

    public String providerSignatory() {
        return providerSignatory;
    }

    public UUID annualReviewId() {
        return annualReviewId;
    }

    public Integer variationNumber() {
        return variationNumber;
    }

    public ChangeRequestStatus status() {
        return status;
    }

    /** The service that could not implement the approved change, if one said so. */
    public String implementationFailedService() {
        return implementationFailedService;
    }

    public String implementationFailureReason() {
        return implementationFailureReason;
    }

    public Instant implementationFailureRecordedAt() {
        return implementationFailureRecordedAt;
    }

    public long version() {
        return version;
    }

    public List<ChangeRequestTransition> transitions() {
        return List.copyOf(transitions);
    }

    /** What the change request proposes. */
    public record Proposal(
            ChangeRequestType type,
            String title,
            String rationale,
            LocalDate effectiveDate,
            BigDecimal financialImpact,
            boolean requiresStatutoryDirection,
            String serviceAreaCode,
            String serviceAreaName,
            UUID basketVersionId,
            String budgetFinancialYear,
            String budgetLine,
            BigDecimal budgetAmount) {
    }

    /** The agreement in principle of both parties. */
    public record Agreement(LocalDate agreedOn, String commissionerSignatory, String providerSignatory, UUID annualReviewId) {
    }
}
