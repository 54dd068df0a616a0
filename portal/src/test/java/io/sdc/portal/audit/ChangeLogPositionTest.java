package io.sdc.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through a change log merged from two services gives every change exactly once and in order, even when more
 * changes than a page were made at one instant (one transaction) and a page ends among them.
 */
class ChangeLogPositionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2015-12-09T10:00:00Z");

    /** What each service holds: its changes in the order it gives them (time, then revision). */
    private final Map<String, List<ObjectNode>> held = new LinkedHashMap<>();

    @Test
    void pagesGiveEveryChangeOnceInOrderAcrossInstantsSharedByManyChanges() {
        long revision = 1;
        // contract-service: 30 single changes, then one transaction of 70 changes, then 25 more.
        for (int i = 0; i < 30; i++) {
            change("contract", T0.plusSeconds(i), revision++);
        }
        long bulk = revision++;
        for (int i = 0; i < 70; i++) {
            change("contract", T0.plusSeconds(40), bulk);
        }
        for (int i = 0; i < 25; i++) {
            change("contract", T0.plusSeconds(50 + i), revision++);
        }
        // finance-service: changes interleaved in time, two of them at the bulk instant.
        for (int i = 0; i < 40; i++) {
            change("finance", T0.plusSeconds(2L * i), 1000 + i);
        }

        List<AuditRecords.LogEntry> whole = AuditRecords.log(answers(null, Integer.MAX_VALUE));
        List<AuditRecords.LogEntry> paged = new ArrayList<>();
        List<Integer> firstNumbers = new ArrayList<>();
        ChangeLogPosition position = ChangeLogPosition.of(null, null, null);
        for (int pages = 0; pages < 20; pages++) {
            List<AuditRecords.LogEntry> page = position.page(AuditRecords.log(answers(position.after(), position.asked())));
            if (page.isEmpty()) {
                break;
            }
            firstNumbers.add(position.first());
            paged.addAll(page);
            position = position.after(page);
            position = ChangeLogPosition.of(position.after(), String.valueOf(position.skip()), String.valueOf(position.first()));
        }

        assertThat(whole).hasSize(165);
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(firstNumbers).containsExactly(1, 51, 101, 151);
    }

    @Test
    void anUnreadablePositionIsTheFirstPage() {
        assertThat(ChangeLogPosition.of("yesterday", "3", "51")).isEqualTo(new ChangeLogPosition(null, 0, 1));
        assertThat(ChangeLogPosition.of("2015-12-09T10:00:40Z", "x", "51")).isEqualTo(new ChangeLogPosition(null, 0, 1));
        assertThat(ChangeLogPosition.of("2015-12-09T10:00:40Z", "-4", "0"))
                .isEqualTo(new ChangeLogPosition("2015-12-09T10:00:40Z", 0, 1));
    }

    private void change(String service, Instant at, long revision) {
        ObjectNode record = JSON.createObjectNode()
                .put("revision", revision).put("changedAt", at.toString()).put("actor", "someone")
                .put("role", "commissioner").put("action", "UPDATED").put("resourceType", "contract")
                .put("resourceId", service + "-" + held.getOrDefault(service, List.of()).size());
        record.putArray("changes");
        record.putObject("state");
        held.computeIfAbsent(service, name -> new ArrayList<>()).add(record);
    }

    /** Each service's answer to "changes from this instant, at most this many", as the audit API gives it. */
    private Map<String, JsonNode> answers(String from, int most) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        held.forEach((service, records) -> {
            ArrayNode answer = JSON.createArrayNode();
            records.stream()
                    .filter(record -> from == null || !Instant.parse(record.path("changedAt").asText()).isBefore(Instant.parse(from)))
                    .limit(most)
                    .forEach(answer::add);
            answers.put(service, answer);
        });
        return answers;
    }
}
