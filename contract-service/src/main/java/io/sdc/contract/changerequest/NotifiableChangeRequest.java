package io.sdc.contract.changerequest;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A proposed change to a Service Delivery Contract, raised by either party. Its lifecycle is guarded here: a step
 * the lifecycle does not allow is refused with the steps it does allow; approval waits for a further statutory
 * direction where the change needs one; agreement in principle waits for both parties' signatures; implementation
 * waits for the effective date. Every step is kept with its actor, time, comment and reason.
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
    private Money financialImpact;

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
    private Money budgetAmount;

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

    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.ALL)
    @OrderBy("signedAt")
    private List<ChangeRequestSignature> signatures = new ArrayList<>();

    protected NotifiableChangeRequest() {
    }

    /**
     * Raises a change request on the contract as a DRAFT, for the party that raised it; its effective date must fall
     * within the contract's term.
     */
    public NotifiableChangeRequest(UUID id, Contract contract, int number, RaisingParty raisedBy, Proposal proposal,
                                   ChangeRequestTransition.Step step) {
        contract.requireWithinTerm("effective date", proposal.effectiveDate());
        this.id = Objects.requireNonNull(id);
        this.contractId = Objects.requireNonNull(contract.id());
        this.number = number;
        this.type = proposal.type();
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.status = ChangeRequestStatus.DRAFT;
        apply(proposal);
        transitions.add(new ChangeRequestTransition(this, null, ChangeRequestStatus.DRAFT, step));
    }

    /**
     * Replaces the proposal of a draft, for the party that raised it; its type stays, and its effective date must
     * fall within the contract's term.
     */
    public void revise(Set<RaisingParty> callerActsFor, Contract contract, Proposal proposal) {
        requireRaisedByOneOf(callerActsFor, "edit");
        contract.requireWithinTerm("effective date", proposal.effectiveDate());
        if (status != ChangeRequestStatus.DRAFT) {
            throw ProblemException.conflict("Only a DRAFT change request can be edited; this one is " + status);
        }
        if (proposal.type() != type) {
            throw ProblemException.invalid("A change request's type cannot change: it is " + type);
        }
        apply(proposal);
    }

    /** The party that raised it submits it. */
    public void submit(Set<RaisingParty> callerActsFor, ChangeRequestTransition.Step step) {
        requireRaisedByOneOf(callerActsFor, "submit");
        move(ChangeRequestStatus.SUBMITTED, step);
    }

    /**
     * One party signs the submitted change request, each under their own identity: the council's signatory for the
     * COUNCIL, the trust's for the TRUST. A party signs once; a signature dated after today, or naming another annual
     * review than the other party's signature did, is refused. The signature is a step in the history; the second
     * party's signature agrees the change in principle (SUBMITTED → AGREED_IN_PRINCIPLE), a step whose actor names
     * both signatories. Returns whether this signature agreed it.
     */
    public boolean sign(ChangeRequestSignature.Signing signing, LocalDate today) {
        if (status != ChangeRequestStatus.SUBMITTED) {
            throw ProblemException.conflict("Only a SUBMITTED change request can be signed; this one is " + status);
        }
        signatureOf(signing.party()).ifPresent(existing -> {
            throw ProblemException.conflict("The " + signing.party() + " has already signed this change request: "
                    + existing.signatory() + ", as " + existing.role() + ", at " + existing.signedAt()
                    + "; a party signs once");
        });
        if (signing.signedOn().isAfter(today)) {
            throw ProblemException.invalid("A signature's date, signedOn " + signing.signedOn() + ", cannot be after today, " + today);
        }
        if (signing.annualReviewId() != null && annualReviewId != null && !annualReviewId.equals(signing.annualReviewId())) {
            throw ProblemException.conflict("The " + signing.party().other() + " signed this change request at the annual review "
                    + annualReviewId + "; a signature names that review or none");
        }
        ChangeRequestSignature signature = new ChangeRequestSignature(this, signing);
        signatures.add(signature);
        if (signing.annualReviewId() != null) {
            this.annualReviewId = signing.annualReviewId();
        }
        ChangeRequestSignature council = signatureOf(ContractParty.COUNCIL).orElse(null);
        ChangeRequestSignature trust = signatureOf(ContractParty.TRUST).orElse(null);
        if (council == null || trust == null) {
            transitions.add(new ChangeRequestTransition(this, status, status, new ChangeRequestTransition.Step(
                    signature.name(), signature.role(), signature.signedAt(), describe(signature))));
            return false;
        }
        move(ChangeRequestStatus.AGREED_IN_PRINCIPLE, new ChangeRequestTransition.Step(council.name() + " and " + trust.name(),
                council.role() + " and " + trust.role(), signature.signedAt(),
                describe(signature) + ". Both parties have signed: agreed in principle"));
        return true;
    }

    private static String describe(ChangeRequestSignature signature) {
        return "Signed for the " + signature.party()
                + (signature.position() == null ? "" : " as " + signature.position())
                + (signature.comment() == null ? "" : ": " + signature.comment());
    }

    /**
     * Records the further statutory direction a change inconsistent with the existing one needs before approval;
     * the contract rests on it too from then on.
     */
    public void recordStatutoryDirection(String reference, Contract contract) {
        if (status != ChangeRequestStatus.SUBMITTED && status != ChangeRequestStatus.AGREED_IN_PRINCIPLE) {
            throw ProblemException.conflict("A statutory direction is recorded on a SUBMITTED or AGREED_IN_PRINCIPLE change request; this one is " + status);
        }
        this.statutoryDirectionReference = reference;
        contract.recordStatutoryDirection(reference);
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

    /** The party that raised it withdraws it. */
    public void withdraw(Set<RaisingParty> callerActsFor, ChangeRequestTransition.Step step) {
        requireRaisedByOneOf(callerActsFor, "withdraw");
        move(ChangeRequestStatus.WITHDRAWN, step);
    }

    /**
     * Applies an approved change to the contract, on or after its effective date: a service transfer changes the
     * contract's scope from that date; other changes leave the scope as it is. The change request itself moves on
     * with {@link #implement}, once the contract variation this makes has its number.
     */
    public void applyTo(Contract contract, LocalDate today) {
        requireImplementableOn(today);
        switch (type) {
            case SERVICE_TRANSFER_IN -> contract.transferIn(serviceAreaCode, serviceAreaName, effectiveDate);
            case SERVICE_TRANSFER_OUT -> contract.transferOut(serviceAreaCode, effectiveDate);
            default -> {
            }
        }
    }

    /** What the contract variation its implementation makes says, e.g. which area is in scope from when. */
    public String variationSummary() {
        String summary = reference() + " " + title;
        return switch (type) {
            case SERVICE_TRANSFER_IN -> summary + ": " + serviceAreaCode + " in scope from " + effectiveDate;
            case SERVICE_TRANSFER_OUT -> summary + ": " + serviceAreaCode + " out of scope from " + effectiveDate;
            default -> summary;
        };
    }

    /** Implements an approved change, on or after its effective date; the contract variation it made has this number. */
    public void implement(LocalDate today, int variationNumber, ChangeRequestTransition.Step step) {
        requireImplementableOn(today);
        move(ChangeRequestStatus.IMPLEMENTED, step);
        this.variationNumber = variationNumber;
    }

    private void requireImplementableOn(LocalDate today) {
        requireAllowed(ChangeRequestStatus.IMPLEMENTED);
        if (today.isBefore(effectiveDate)) {
            throw ProblemException.conflict("This change takes effect on " + effectiveDate + " and cannot be implemented before then");
        }
    }

    /**
     * Records that a service could not apply this approved change, and why: kept on the change request and as a step
     * in its history, taken by that service, with the status unchanged. The service names the kind of change it
     * applies; a refusal of another kind is not one of this change. Only the first refusal is kept; a repeat of it,
     * or any later one, changes nothing. Returns whether this one was recorded.
     */
    public boolean recordImplementationFailure(String service, ChangeRequestType applies, String reason, Instant at) {
        if (type != applies) {
            throw new IllegalArgumentException(service + " refused change request " + id + ", a " + type
                    + ", but applies only a " + applies);
        }
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

    /** The latest step it took. */
    public ChangeRequestTransition latestStep() {
        return transitions.get(transitions.size() - 1);
    }

    /** Refuses a step the lifecycle does not allow from here, naming the ones it does. */
    private void requireAllowed(ChangeRequestStatus target) {
        Lifecycle.requireStep(status, target, status.next(), () -> "A " + status + " change request cannot become " + target);
    }

    /** Refuses a step only the party that raised it may take, unless the caller acts for that party. */
    private void requireRaisedByOneOf(Set<RaisingParty> callerActsFor, String action) {
        if (!callerActsFor.contains(raisedBy)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the party that raised a change request may " + action
                    + " it; this one was raised by the " + raisedBy);
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

    public Money financialImpact() {
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

    public Money budgetAmount() {
        return budgetAmount;
    }

    /** The signatures given so far, oldest first. */
    public List<ChangeRequestSignature> signatures() {
        return List.copyOf(signatures);
    }

    /** The signature given for a party, if it has signed. */
    public Optional<ChangeRequestSignature> signatureOf(ContractParty party) {
        return signatures.stream().filter(signature -> signature.party() == party).findFirst();
    }

    /** The parties whose signature a SUBMITTED change request still awaits; none in any other status. */
    public List<ContractParty> awaitingParties() {
        if (status != ChangeRequestStatus.SUBMITTED) {
            return List.of();
        }
        return Arrays.stream(ContractParty.values()).filter(party -> signatureOf(party).isEmpty()).toList();
    }

    /** The day both parties had signed, the later of their signatures' dates; absent until both have. */
    public LocalDate agreedOn() {
        if (signatureOf(ContractParty.COUNCIL).isEmpty() || signatureOf(ContractParty.TRUST).isEmpty()) {
            return null;
        }
        return signatures.stream().map(ChangeRequestSignature::signedOn).max(Comparator.naturalOrder()).orElseThrow();
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
            Money financialImpact,
            boolean requiresStatutoryDirection,
            String serviceAreaCode,
            String serviceAreaName,
            UUID basketVersionId,
            String budgetFinancialYear,
            String budgetLine,
            Money budgetAmount) {
    }
}
