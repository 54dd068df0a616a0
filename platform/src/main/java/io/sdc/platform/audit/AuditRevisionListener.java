package io.sdc.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.envers.RevisionListener;

import java.time.Clock;
import java.time.Instant;

/** Stamps each audit revision with the author of the change, taken from the current {@link ChangeContext}. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).record(currentAuthor(), now());
    }

    /** The business clock's time. */
    private static Instant now() {
        return Instant.now(Arc.container().instance(Clock.class).get());
    }

    private static ChangeAuthor currentAuthor() {
        ArcContainer container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            return container.instance(ChangeContext.class).get().author();
        }
        String service = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class).orElse("service");
        return ChangeAuthor.system(service, null);
    }
}
