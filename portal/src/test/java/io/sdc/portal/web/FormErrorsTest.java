package io.sdc.portal.web;

import io.sdc.portal.api.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTest {

    @Test
    void eachViolationIsBesideItsInputAndInTheSummaryLinkedToIt() {
        Problem problem = new Problem(400, "urn:sdc:problem:validation-failed", "The request is not valid", "2 fields are not valid",
                List.of(new Problem.Violation("title", "must not be blank"),
                        new Problem.Violation("budget.amount", "must be greater than 0")));

        FormErrors errors = FormErrors.of(problem, Map.of("title", "title", "amount", "budget-amount"), "type");

        assertThat(errors.any()).isTrue();
        assertThat(errors.get("title")).isEqualTo("Title must not be blank");
        assertThat(errors.get("budget-amount")).isEqualTo("Amount must be greater than 0");
        assertThat(errors.summary()).extracting(FormErrors.Item::href).containsExactly("#title", "#budget-amount");
        assertThat(errors.has("type")).isFalse();
    }

    @Test
    void aRefusalWithoutViolationsIsOneSummaryLineWithTheServicesDetail() {
        Problem conflict = new Problem(409, "urn:sdc:problem:conflict", "The request conflicts with the resource's state",
                "Approval needs the further statutory direction to be recorded first", List.of());

        FormErrors errors = FormErrors.of(conflict, Map.of(), "comment");

        assertThat(errors.summary()).containsExactly(
                new FormErrors.Item("Approval needs the further statutory direction to be recorded first", "#comment"));
        assertThat(errors.stale()).isFalse();
    }

    @Test
    void aStaleEntityTagSaysSomeoneChangedIt() {
        Problem stale = new Problem(412, "urn:sdc:problem:precondition-failed", "The resource has changed since you read it", "", List.of());

        FormErrors errors = FormErrors.of(stale, Map.of(), "comment");

        assertThat(errors.stale()).isTrue();
        assertThat(errors.summary().get(0).text()).startsWith("Someone changed this since you opened it");
    }

    @Test
    void aRefusedChangeLeadsToWhatItChangesAsItIsNowOnlyWhenItWasStale() {
        Problem stale = new Problem(412, "urn:sdc:problem:precondition-failed", "The resource has changed since you read it", "", List.of());
        Problem conflict = new Problem(409, "urn:sdc:problem:conflict", "Conflict", "The return is already validated", List.of());

        assertThat(FormErrors.ofChange(stale, Map.of(), "reason").summary()).extracting(FormErrors.Item::href)
                .containsExactly("#current-state");
        assertThat(FormErrors.ofChange(conflict, Map.of(), "reason").summary()).containsExactly(
                new FormErrors.Item("The return is already validated", "#reason"));
    }

    @Test
    void aViolationOfAFieldTheFormDoesNotHaveStillReachesTheSummary() {
        Problem problem = new Problem(400, "t", "t", "d", List.of(new Problem.Violation("effectiveDate", "must not be null")));

        FormErrors errors = FormErrors.of(problem, Map.of("title", "title"), "title");

        assertThat(errors.summary()).containsExactly(new FormErrors.Item("Effective date must not be null", "#title"));
    }
}
