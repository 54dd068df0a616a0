package io.sdc.platform.audit;

import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * Declares an audited entity type to the {@link AuditTrail}: what auditors call it, how to find a contract's
 * versions of it, and the view of one version that the history shows (never the entity itself).
 *
 * @param <E> the {@code @Audited} entity
 */
public interface AuditedResource<E> {

    Class<E> entityType();

    /** The name auditors know the resource by, e.g. {@code contract}. */
    String resourceType();

    /** Selects the versions of this resource that belong to one contract, to gather all changes for it. */
    AuditCriterion ofContract(Object contractId);

    String idOf(E entity);

    String contractIdOf(E entity);

    /** The state of one version as the API shows it. */
    Object view(E entity);
}
