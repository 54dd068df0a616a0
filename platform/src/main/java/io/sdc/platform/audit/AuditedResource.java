package io.sdc.platform.audit;

import io.sdc.platform.problem.ProblemException;
import org.hibernate.envers.query.criteria.AuditCriterion;

import java.util.function.Function;

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

    /**
     * The id as the entity keeps it, from the text of an address: a UUID unless the resource says otherwise (400
     * naming {@code id} when it is not one).
     */
    default Object id(String text) {
        return ProblemException.requireUuid("id", text);
    }

    /** This resource, its id read from an address by {@code parse} instead (e.g. a code that names it). */
    default AuditedResource<E> identifiedBy(Function<String, Object> parse) {
        return told(entityType(), resourceType(), this::ofContract, this::idOf, this::contractIdOf, this::view, parse);
    }

    /**
     * An audited resource told by functions, for a producer method: the entity type, the name auditors know it by,
     * how to select a contract's versions, and how to read its id, its contract's id and its view.
     */
    static <E> AuditedResource<E> of(Class<E> entityType, String resourceType, Function<Object, AuditCriterion> ofContract,
                                     Function<E, Object> id, Function<E, Object> contractId, Function<E, Object> view) {
        return told(entityType, resourceType, ofContract, id, contractId, view, text -> ProblemException.requireUuid("id", text));
    }

    /**
     * An audited resource that belongs to one contract by its {@code contractId} property, as most do: a contract's
     * versions of it are {@linkplain #byContractId selected by that property}.
     */
    static <E> AuditedResource<E> of(Class<E> entityType, String resourceType, Function<E, Object> id,
                                     Function<E, Object> contractId, Function<E, Object> view) {
        return of(entityType, resourceType, AuditedResource::byContractId, id, contractId, view);
    }

    /** The one implementation told by functions, {@code parse} reading the id from the text of an address. */
    private static <E> AuditedResource<E> told(Class<E> entityType, String resourceType, Function<Object, AuditCriterion> ofContract,
                                               Function<E, Object> id, Function<E, Object> contractId, Function<E, Object> view,
                                               Function<String, Object> parse) {
        return new AuditedResource<>() {
            @Override
            public Class<E> entityType() {
                return entityType;
            }

            @Override
            public String resourceType() {
                return resourceType;
            }

            @Override
            public AuditCriterion ofContract(Object contract) {
                return ofContract.apply(contract);
            }

            @Override
            public String idOf(E entity) {
                return String.valueOf(id.apply(entity));
            }

            @Override
            public String contractIdOf(E entity) {
                Object contract = contractId.apply(entity);
                return contract == null ? null : contract.toString();
            }

            @Override
            public Object view(E entity) {
                return view.apply(entity);
            }

            @Override
            public Object id(String text) {
                return parse.apply(text);
            }
        };
    }

    /** Selects the versions whose {@code contractId} property is the contract's id. */
    static AuditCriterion byContractId(Object contractId) {
        return org.hibernate.envers.query.AuditEntity.property("contractId").eq(contractId);
    }
}
