package io.sdc.platform.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesFilterTest {

    /** A 404 names the resource the path's identifier stands for, and the inner one of an outer one. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/contracts/{id}                                            | No such contract
            /api/v1/contracts/{contractId}/budgets                            | No such contract
            /api/v1/change-requests/{id}/signatures                           | No such change request
            /api/v1/improvement-evidence/{id}                                 | No such improvement evidence
            /api/v1/admin/dead-letters/{id}/replay                            | No such dead letter
            /api/v1/ledger-import-jobs/{id}                                   | No such ledger import job
            /api/v1/contracts/{contractId}/milestones/{id}                    | No such milestone of this contract
            /api/v1/budgets/{id}/adjustments/{adjustmentId}/withdrawal        | No such adjustment of this budget
            /api/v1/contracts/{id}/versions/{number}                          | No such version of this contract
            /{id}                                                             | No such resource
            """)
    void namesWhatIsMissing(String path, String description) {
        assertThat(ProblemResponsesFilter.noSuch(path)).isEqualTo(description);
    }
}
