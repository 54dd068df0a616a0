package io.sdc.platform.lifecycle;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LifecycleTest {

    enum Stage {
        DRAFT, PROPOSED, ACTIVE, SUPERSEDED;

        Set<Stage> next() {
            return switch (this) {
                case DRAFT -> EnumSet.of(ACTIVE, PROPOSED);
                case PROPOSED -> EnumSet.of(DRAFT, ACTIVE);
                case ACTIVE -> EnumSet.of(SUPERSEDED);
                case SUPERSEDED -> EnumSet.noneOf(Stage.class);
            };
        }
    }

    @Test
    void namesTheStepsAllowedInTheTablesOrder() {
        assertThat(Lifecycle.allowedSteps(Stage.DRAFT, Stage.DRAFT.next())).isEqualTo("the steps allowed from DRAFT are PROPOSED, ACTIVE");
        assertThat(Lifecycle.allowedSteps(Stage.ACTIVE, Stage.ACTIVE.next())).isEqualTo("the steps allowed from ACTIVE are SUPERSEDED");
    }

    @Test
    void saysAFinalStageAllowsNone() {
        assertThat(Lifecycle.allowedSteps(Stage.SUPERSEDED, Stage.SUPERSEDED.next()))
                .isEqualTo("the steps allowed from SUPERSEDED are none: it is final");
    }

    @Test
    void takesAStepTheTableAllowsWithoutAskingForTheRefusal() {
        assertThatCode(() -> Lifecycle.requireStep(Stage.DRAFT, Stage.ACTIVE, Stage.DRAFT.next(), () -> {
            throw new AssertionError("the refusal is made only for a step refused");
        })).doesNotThrowAnyException();
    }

    @Test
    void refusesAStepTheTableDoesNotAllowAsAConflictNamingTheAllowedOnes() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> Lifecycle.requireStep(Stage.ACTIVE, Stage.DRAFT, Stage.ACTIVE.next(), () -> "Version 3 is ACTIVE and cannot become DRAFT"));
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused).hasMessage("Version 3 is ACTIVE and cannot become DRAFT; the steps allowed from ACTIVE are SUPERSEDED");
    }

    @Test
    void refusesEveryStepFromAFinalStage() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> Lifecycle.requireStep(Stage.SUPERSEDED, Stage.ACTIVE, Stage.SUPERSEDED.next(), () -> "A SUPERSEDED version cannot become ACTIVE"));
        assertThat(refused).hasMessage("A SUPERSEDED version cannot become ACTIVE; the steps allowed from SUPERSEDED are none: it is final");
    }
}
