package io.sdc.platform.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.events.OutboxEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a service's events against the records that are their data: every type is the data of exactly one record,
 * and every published event's data reads strictly into that record (no field it does not know, the version it
 * declares) and writes back the same JSON.
 */
public final class EventRecords {

    private EventRecords() {
    }

    /** Every event type the records are the data of, each claimed by exactly one record. */
    public static List<String> types(Collection<Class<? extends DomainEvent>> records) {
        return new ArrayList<>(byType(records).keySet());
    }

    public static void assertMatch(ObjectMapper objectMapper, Collection<Class<? extends DomainEvent>> records,
                                   List<OutboxEvent> events) throws Exception {
        assertThat(events).as("events to check").isNotEmpty();
        Map<String, Class<? extends DomainEvent>> byType = byType(records);
        ObjectMapper strict = objectMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (OutboxEvent event : events) {
            Class<? extends DomainEvent> record = byType.get(event.type());
            assertThat(record).as("the record whose data " + event.type() + " is").isNotNull();
            assertThat(event.dataVersion()).as(event.type() + "'s data version").isEqualTo(EventOutbox.declaration(record).version());
            JsonNode data = objectMapper.readTree(event.data());
            Object read = strict.treeToValue(data, record);
            // Written out and read again as text, as the data was, so that a long field equals the same number read.
            assertThat(strict.readTree(strict.writeValueAsString(read))).as(event.type() + " written back from " + record.getSimpleName())
                    .isEqualTo(data);
        }
    }

    private static Map<String, Class<? extends DomainEvent>> byType(Collection<Class<? extends DomainEvent>> records) {
        Map<String, Class<? extends DomainEvent>> byType = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> record : records) {
            for (String type : EventOutbox.declaration(record).types()) {
                Class<? extends DomainEvent> other = byType.put(type, record);
                assertThat(other).as(type + " is the data of both " + record.getName() + " and " + other).isNull();
            }
        }
        return byType;
    }
}
