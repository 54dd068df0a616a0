package io.sdc.portal.notification;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscription form offers every kind of event notification-service makes a notification of, and nothing else:
 * read from that service's own list, so a new kind cannot be forgotten here.
 */
class EventTypesTest {

    private static final Path NOTIFICATION_SERVICE_TYPES =
            Path.of("../notification-service/src/main/java/io/sdc/notification/subscription/EventTypes.java");

    @Test
    void theFormOffersExactlyTheKindsNotificationServiceMakes() throws IOException {
        Matcher quoted = Pattern.compile("\"([a-z-]+(?:\\.[a-z-]+)+)\"").matcher(Files.readString(NOTIFICATION_SERVICE_TYPES));
        Set<String> made = new LinkedHashSet<>();
        while (quoted.find()) {
            made.add(quoted.group(1));
        }

        assertThat(made).as("the event types read from notification-service").contains("report.issued", "system.dead-letter.recorded");
        assertThat(EventTypes.ALL).extracting(EventTypes.EventType::code).containsExactlyInAnyOrderElementsOf(made);
    }
}
