package io.sdc.performance.basket;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Editing an entry of a draft basket is a change of the basket version: its ETag moves on with every edit, a writer
 * holding an older ETag is refused with 412 and changes nothing, and every edit is in the version's audit history.
 */
@QuarkusTest
class BasketEntryEditTest {

    @Inject
    PerformanceTestSupport support;

    @Test
    void everyEditMovesTheETagOnAndIsInTheHistory() throws Exception {
        UUID contract = support.contractMeasuredBy("RE-REFERRALS", "PERCENT", "LOWER_IS_BETTER", 20);
        indicator("CP-SECOND-TIME", "PERCENT", "LOWER_IS_BETTER", 20);
        Response drafted = as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets");
        drafted.then().statusCode(201);
        String basket = drafted.path("id");
        List<String> tags = new ArrayList<>(List.of(drafted.header("ETag")));

        // The entry added, then its target changed twice, each with the ETag the previous answer gave.
        for (int target : new int[]{25, 24, 23}) {
            Response edited = as(Roles.COMMISSIONER).header("If-Match", tags.get(tags.size() - 1))
                    .body(entry(target)).put("/api/v1/baskets/" + basket + "/entries/RE-REFERRALS");
            edited.then().statusCode(200).body("entries[0].target", equalTo((float) target));
            tags.add(edited.header("ETag"));
        }
        assertThat(tags).doesNotHaveDuplicates().doesNotContainNull();

        // A writer still holding the ETag of the first edit is refused, and nothing changes.
        as(Roles.COMMISSIONER).header("If-Match", tags.get(1)).body(entry(30))
                .put("/api/v1/baskets/" + basket + "/entries/RE-REFERRALS").then().statusCode(412)
                .contentType(startsWith("application/problem+json"));
        as(Roles.COMMISSIONER).header("If-Match", tags.get(1))
                .delete("/api/v1/baskets/" + basket + "/entries/RE-REFERRALS").then().statusCode(412);
        as(Roles.AUDITOR).get("/api/v1/baskets/" + basket).then().statusCode(200)
                .header("ETag", equalTo(tags.get(3))).body("entries.size()", equalTo(1)).body("entries[0].target", equalTo(23.0f));

        // Taking an entry out is an edit too.
        as(Roles.COMMISSIONER).header("If-Match", tags.get(3)).body(entry(13))
                .put("/api/v1/baskets/" + basket + "/entries/CP-SECOND-TIME").then().statusCode(200);
        String beforeRemoval = as(Roles.AUDITOR).get("/api/v1/baskets/" + basket).header("ETag");
        String afterRemoval = as(Roles.COMMISSIONER).header("If-Match", beforeRemoval)
                .delete("/api/v1/baskets/" + basket + "/entries/CP-SECOND-TIME").then().statusCode(200)
                .body("entries.indicatorCode", org.hamcrest.Matchers.contains("RE-REFERRALS")).extract().header("ETag");
        assertThat(afterRemoval).isNotEqualTo(beforeRemoval).isNotIn(tags);

        // The history: created, then one change per edit, each with the targets as they stood after it.
        List<Map<String, Object>> history = as(Roles.AUDITOR).get("/api/v1/audit/basket-version/" + basket)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(history).extracting(change -> change.get("action"))
                .containsExactly("CREATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED");
        assertThat(history).extracting(change -> change.get("revision")).doesNotHaveDuplicates();
        assertThat(history).extracting(change -> targets(change))
                .containsExactly(List.of(), List.of(25.0f), List.of(24.0f), List.of(23.0f), List.of(13.0f, 23.0f), List.of(23.0f));
        assertThat(history).extracting(change -> ((Map<?, ?>) change.get("state")).get("version").toString())
                .containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    void ofTwoWritersWithTheSameETagAtOnceOneIsRefused() throws Exception {
        UUID contract = support.contractMeasuredBy("RE-REFERRALS", "PERCENT", "LOWER_IS_BETTER", 20);
        Response drafted = as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets");
        String basket = drafted.path("id");
        String tag = as(Roles.COMMISSIONER).header("If-Match", drafted.header("ETag")).body(entry(25))
                .put("/api/v1/baskets/" + basket + "/entries/RE-REFERRALS").then().statusCode(200).extract().header("ETag");

        int writers = 4;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                int target = 20 + i;
                answers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return as(Roles.COMMISSIONER).header("If-Match", tag).body(entry(target))
                            .put("/api/v1/baskets/" + basket + "/entries/RE-REFERRALS").statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> history = as(Roles.AUDITOR).get("/api/v1/audit/basket-version/" + basket)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(history).hasSize(3);
    }

    @SuppressWarnings("unchecked")
    private static List<Float> targets(Map<String, Object> change) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) ((Map<String, Object>) change.get("state")).get("entries");
        return entries.stream().map(entry -> ((Number) entry.get("target")).floatValue()).sorted().toList();
    }

    private static String entry(int target) {
        return """
                {"baselineValue":38,"baselineDate":"2014-10-01","target":%d.00,"toleranceKind":"THRESHOLD","tolerance":30}""".formatted(target);
    }
}
