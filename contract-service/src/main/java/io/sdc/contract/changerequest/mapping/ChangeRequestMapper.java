package io.sdc.contract.changerequest.mapping;

import io.sdc.contract.changerequest.ChangeRequestSignature;
import io.sdc.contract.changerequest.ChangeRequestTransition;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.rest.ChangeRequestRequest;
import io.sdc.contract.changerequest.rest.ChangeRequestView;
import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.money.Money;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Between the API's change-request documents and the aggregate. */
public final class ChangeRequestMapper {

    private ChangeRequestMapper() {
    }

    public static NotifiableChangeRequest.Proposal toProposal(ChangeRequestRequest request) {
        return new NotifiableChangeRequest.Proposal(
                request.type(), request.title().strip(), request.rationale().strip(), request.effectiveDate(),
                Money.parseOptional("financialImpact", request.financialImpact()),
                Boolean.TRUE.equals(request.requiresStatutoryDirection()),
                request.serviceArea() == null ? null : request.serviceArea().code(),
                request.serviceArea() == null ? null : request.serviceArea().name().strip(),
                request.basketVersionId() == null ? null : UUID.fromString(request.basketVersionId()),
                request.budget() == null ? null : request.budget().financialYear(),
                request.budget() == null ? null : request.budget().line().strip(),
                request.budget() == null ? null : Money.parse("budget.amount", request.budget().amount()));
    }

    /** Optional text as given, stripped; absent when blank. */
    public static String optionalText(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static ChangeRequestView toView(NotifiableChangeRequest change) {
        return new ChangeRequestView(change.id(), change.contractId(), change.reference(), change.type(), change.raisedBy(),
                change.title(), change.rationale(), change.effectiveDate(), change.financialImpact(),
                change.requiresStatutoryDirection(), change.statutoryDirectionReference(),
                change.serviceAreaCode() == null ? null
                        : new ChangeRequestRequest.ServiceArea(change.serviceAreaCode(), change.serviceAreaName()),
                change.basketVersionId(),
                change.budgetLine() == null ? null
                        : new ChangeRequestView.Budget(change.budgetFinancialYear(), change.budgetLine(), change.budgetAmount()),
                change.agreedOn() == null ? null : new ChangeRequestView.Agreement(change.agreedOn(),
                        change.signatureOf(ContractParty.COUNCIL).orElseThrow().name(),
                        change.signatureOf(ContractParty.TRUST).orElseThrow().name(), change.annualReviewId()),
                change.signatures().stream().map(ChangeRequestMapper::toView).toList(),
                change.awaitingParties(),
                change.variationNumber(),
                change.implementationFailedService() == null ? null : new ChangeRequestView.ImplementationFailure(
                        change.implementationFailedService(), change.implementationFailureReason(),
                        change.implementationFailureRecordedAt()),
                change.status(), change.status().next().stream().sorted().toList(), change.version(),
                change.transitions().stream().map(ChangeRequestMapper::toView).toList());
    }

    /**
     * The change request's own fields, without its steps (kept apart, never changed) or what may come next: the
     * state the audit history compares version by version.
     */
    public static Map<String, Object> toState(NotifiableChangeRequest change) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("reference", change.reference());
        state.put("type", change.type());
        state.put("raisedBy", change.raisedBy());
        state.put("title", change.title());
        state.put("rationale", change.rationale());
        state.put("effectiveDate", change.effectiveDate());
        state.put("financialImpact", amount(change.financialImpact()));
        state.put("requiresStatutoryDirection", change.requiresStatutoryDirection());
        state.put("statutoryDirectionReference", change.statutoryDirectionReference());
        state.put("serviceAreaCode", change.serviceAreaCode());
        state.put("serviceAreaName", change.serviceAreaName());
        state.put("basketVersionId", change.basketVersionId());
        state.put("budgetFinancialYear", change.budgetFinancialYear());
        state.put("budgetLine", change.budgetLine());
        state.put("budgetAmount", amount(change.budgetAmount()));
        state.put("signatures", change.signatures().stream().map(ChangeRequestMapper::toView).toList());
        state.put("annualReviewId", change.annualReviewId());
        state.put("variationNumber", change.variationNumber());
        state.put("implementationFailedService", change.implementationFailedService());
        state.put("implementationFailureReason", change.implementationFailureReason());
        state.put("implementationFailureRecordedAt", change.implementationFailureRecordedAt());
        state.put("status", change.status());
        state.put("version", change.version());
        return state;
    }

    private static String amount(Money money) {
        return money == null ? null : money.toString();
    }

    private static ChangeRequestView.Step toView(ChangeRequestTransition step) {
        return new ChangeRequestView.Step(step.from(), step.to(), step.actor(), step.role(), step.at(), step.comment(), step.reason());
    }

    private static ChangeRequestView.Signature toView(ChangeRequestSignature signature) {
        return new ChangeRequestView.Signature(signature.party(), signature.name(), signature.role(), signature.position(),
                signature.signedAt(), signature.signedOn(), signature.comment());
    }
}
