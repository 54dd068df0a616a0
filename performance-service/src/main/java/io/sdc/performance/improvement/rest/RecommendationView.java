package io.sdc.performance.improvement.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.sdc.performance.improvement.RecommendationSource;
import io.sdc.performance.improvement.RecommendationStatus;
import io.sdc.performance.improvement.ReviewReference;
import io.sdc.performance.improvement.StatusDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Recommendation", description = "A recommendation of an improvement plan, with the status the improvement board decided and "
        + "every decision on it.")
public record RecommendationView(UUID id, UUID planId, UUID contractId, @Schema(example = "2.1.9") String number, String text, String theme,
                                 RecommendationSource source, @Schema(example = "[\"RE-REFERRALS\"]") List<String> indicatorCodes,
                                 RecommendationStatus status,
                                 @Schema(description = "The accountable body monitoring it, when MONITORED_BY_OTHER_BODY",
                                         example = "Leeds Safeguarding Children Board") String monitoringBody,
                                 @Schema(description = "Why the board decided its status") String statusReason,
                                 @Schema(description = "The date of the board's decision") LocalDate statusDecidedOn,
                                 @Schema(description = "Every decision on its status, oldest first") List<StatusDecision> decisions,
                                 @JsonInclude(JsonInclude.Include.NON_NULL)
                                 @Schema(description = "The monitoring visits and reviews whose findings evidence it (or raised it), oldest "
                                         + "first; absent in the audit history") List<ReviewReference> reviews) {
}
