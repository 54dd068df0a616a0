package io.sdc.performance.improvement.mapping;

import io.sdc.performance.improvement.FindingDraft;
import io.sdc.performance.improvement.ImprovementReview;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.rest.ReviewRequest;
import io.sdc.performance.improvement.rest.ReviewView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class ReviewMapper {

    private ReviewMapper() {
    }

    /** The findings as the request gives them. */
    public static List<FindingDraft> findings(ReviewRequest request) {
        return request.findings().stream().map(finding -> new FindingDraft(finding.text(), finding.judgement(), finding.recommendationId(),
                finding.recommendation() == null ? null : new FindingDraft.NewRecommendation(strip(finding.recommendation().number()),
                        finding.recommendation().text(), strip(finding.recommendation().theme()),
                        finding.recommendation().indicatorCodes() == null ? List.of()
                                : finding.recommendation().indicatorCodes().stream().map(String::strip).toList()))).toList();
    }

    /** The review with each finding's recommendation ({@code recommendations} by id). */
    public static ReviewView toView(ImprovementReview review, Map<UUID, Recommendation> recommendations) {
        return new ReviewView(review.id(), review.planId(), review.contractId(), review.kind(), review.title(), review.heldOn(),
                review.reportedOn(), review.reviewer(), review.summary(), review.recommendationsRaised(), review.findings().stream()
                .map(finding -> {
                    Recommendation recommendation = recommendations.get(finding.recommendationId());
                    return new ReviewView.Finding(finding.text(), finding.judgement(), new ReviewView.MappedRecommendation(finding.recommendationId(),
                            recommendation == null ? null : recommendation.number(), recommendation == null ? null : recommendation.theme()),
                            finding.raised());
                }).toList());
    }

    /** The review as the audit history keeps it: each finding's recommendation by id. */
    public static ReviewView toView(ImprovementReview review) {
        return toView(review, Map.of());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
