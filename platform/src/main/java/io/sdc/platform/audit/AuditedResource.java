package io.sdc.platform.audit;

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

    /** The entity property holding the contract id, used to gather all changes for one contract. */
    String contractIdProperty();

    String idOf(E entity);

    String contractIdOf(E entity);

    /** The state of one version as the API shows it. */
    Object view(E entity);
}
