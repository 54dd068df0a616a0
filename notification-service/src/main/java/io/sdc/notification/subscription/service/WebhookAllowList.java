package io.sdc.notification.subscription.service;

import io.quarkus.runtime.StartupEvent;
import io.sdc.notification.subscription.WebhookTarget;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The webhook targets this service may call ({@code sdc.notifications.webhook-allow-list}), each read as a
 * {@link WebhookTarget}; an entry that does not read stops the service at start.
 */
@ApplicationScoped
public class WebhookAllowList {

    public static final String FIELD = "webhookUrl";

    @Inject
    WebhooksConfig config;

    private volatile List<WebhookTarget> entries;

    void readAtStart(@Observes StartupEvent start) {
        entries();
    }

    /** The target of a subscription's URL, refused with a 400 naming {@code webhookUrl} unless it reads cleanly and is allowed. */
    public WebhookTarget require(String url) {
        WebhookTarget target;
        try {
            target = WebhookTarget.parse(url);
        } catch (WebhookTarget.Refused refused) {
            throw refusal("The webhook URL is not acceptable: it " + refused.getMessage(), "it " + refused.getMessage());
        }
        if (admitted(target).isEmpty()) {
            throw refusal("The webhook URL is not on the allow-list (scheme, host, port and path must match an entry)",
                    "is not on the allow-list");
        }
        return target;
    }

    /** The entry that admits the URL, if it reads cleanly and one does: checked again before each call. */
    public Optional<WebhookTarget> admitted(String url) {
        try {
            return admitted(WebhookTarget.parse(url));
        } catch (WebhookTarget.Refused refused) {
            return Optional.empty();
        }
    }

    private Optional<WebhookTarget> admitted(WebhookTarget target) {
        return WebhookTarget.admittedBy(entries(), target);
    }

    private List<WebhookTarget> entries() {
        List<WebhookTarget> read = entries;
        if (read == null) {
            List<WebhookTarget> parsed = new ArrayList<>();
            for (String entry : config.webhookAllowList()) {
                try {
                    parsed.add(WebhookTarget.allowListEntry(entry.strip()));
                } catch (WebhookTarget.Refused refused) {
                    throw new IllegalStateException("sdc.notifications.webhook-allow-list: the entry '" + entry + "' " + refused.getMessage());
                }
            }
            read = List.copyOf(parsed);
            entries = read;
        }
        return read;
    }

    private static ProblemException refusal(String detail, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, List.of(new Problem.Violation(FIELD, message)));
    }
}
