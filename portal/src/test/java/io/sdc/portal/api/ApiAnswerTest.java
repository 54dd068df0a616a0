package io.sdc.portal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApiAnswerTest {

    @Test
    void theObjectsOfAListInTheBodyAreItsMapsAndAnythingElseIsNone() throws Exception {
        ApiAnswer answer = new ApiAnswer(200, Optional.empty(), "application/json", new ObjectMapper().readTree(
                "{\"scope\": [{\"code\": \"CIC\"}, \"not an object\", {\"code\": \"LAC\"}], \"name\": \"Doncaster\"}"));

        assertThat(ApiAnswer.maps(answer.object().get("scope"))).extracting(area -> area.get("code")).containsExactly("CIC", "LAC");
        assertThat(ApiAnswer.maps(answer.object().get("name"))).isEmpty();
        assertThat(ApiAnswer.maps(answer.object().get("missing"))).isEmpty();
        assertThat(ApiAnswer.maps(List.of(Map.of("id", 1)))).containsExactly(Map.of("id", 1));
    }
}
