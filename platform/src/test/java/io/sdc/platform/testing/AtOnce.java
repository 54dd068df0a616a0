package io.sdc.platform.testing;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls made from several threads released together by one barrier, as clients racing each other would. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Makes {@code count} calls at the same moment; the call is given its index, 0 to count - 1. Answers in index order. */
    public static List<Response> calls(int count, IntFunction<Response> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.apply(index);
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each answer created the thing ({@code created}) or is a 409 problem saying what is in the way; at least one created it. */
    public static void assertEachCreatedOrConflict(List<Response> answers, int created) {
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.asString()).isIn(created, 409));
        assertThat(answers).filteredOn(answer -> answer.statusCode() == created).isNotEmpty();
        assertConflictsAreProblems(answers);
    }

    /** Each answer created the thing ({@code created}) or is a 409 problem saying what is in the way; exactly one created it. */
    public static void assertCreatedOnceOrConflict(List<Response> answers, int created) {
        assertEachCreatedOrConflict(answers, created);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == created).as("answers that created it").hasSize(1);
    }

    /** Each 409 among the answers is a problem saying what is in the way. */
    public static void assertConflictsAreProblems(List<Response> answers) {
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409).allSatisfy(answer -> {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("detail")).as("the 409 says what is in the way").isNotBlank();
        });
    }
}
