package io.sdc.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import io.sdc.platform.rest.Params;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the audit history Hibernate Envers keeps, as change records auditors can follow. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Instance<AuditedResource<?>> resources;

    /** Every change to one resource, oldest first; empty if it was never written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E> List<ChangeRecord> history(AuditedResource<E> resource, Object id) {
        return history(resource, id, new Params.Paging(0, Integer.MAX_VALUE));
    }

    /**
     * One page of the changes to one resource, oldest first; empty past the last. Only the page is read from the
     * database (and, for its first change, the version before it, to tell what changed).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E> List<ChangeRecord> history(AuditedResource<E> resource, Object id, Params.Paging paging) {
        List<Object[]> rows = revisions(resource, AuditEntity.id().eq(id))
                .setFirstResult(offset(paging))
                .setMaxResults(paging.size())
                .getResultList();
        return records(resource, rows);
    }

    /** Every change to any audited resource of one contract made within [from, to), ordered by time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRecord> changesForContract(Object contractId, Instant from, Instant to) {
        return changesForContract(contractId, from, to, new Params.Paging(0, Integer.MAX_VALUE));
    }

    /**
     * One page of the changes to any audited resource of one contract made within [from, to), in the order they
     * were made (time, then revision). Each resource type is asked for no more than the changes up to the end of the
     * page, already in order, so a page never loads the whole history.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRecord> changesForContract(Object contractId, Instant from, Instant to, Params.Paging paging) {
        int upToEndOfPage = (int) Math.min(Integer.MAX_VALUE, (long) offset(paging) + paging.size());
        List<ChangeRecord> merged = new ArrayList<>();
        for (AuditedResource<?> resource : resources) {
            merged.addAll(firstChanges(resource, contractId, from, to, upToEndOfPage));
        }
        return merged.stream()
                .sorted(IN_ORDER_MADE)
                .skip(offset(paging))
                .limit(paging.size())
                .toList();
    }

    public Optional<AuditedResource<?>> resource(String resourceType) {
        return resources.stream().filter(resource -> resource.resourceType().equals(resourceType)).findFirst();
    }

    private static final Comparator<ChangeRecord> IN_ORDER_MADE =
            Comparator.comparing(ChangeRecord::changedAt).thenComparing(ChangeRecord::revision);

    private static int offset(Params.Paging paging) {
        return (int) Math.min(Integer.MAX_VALUE, (long) paging.page() * paging.size());
    }

    private <E> List<ChangeRecord> firstChanges(AuditedResource<E> resource, Object contractId, Instant from, Instant to, int limit) {
        List<Object[]> rows = revisions(resource, resource.ofContract(contractId))
                .add(AuditEntity.revisionProperty("changedAt").ge(from))
                .add(AuditEntity.revisionProperty("changedAt").lt(to))
                .setMaxResults(limit)
                .getResultList();
        return records(resource, rows);
    }

    private <E> org.hibernate.envers.query.AuditQuery revisions(AuditedResource<E> resource, AuditCriterion criterion) {
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(resource.entityType(), false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionProperty("changedAt").asc())
                .addOrder(AuditEntity.revisionNumber().asc());
    }

    /** The change records of these versions, each compared with the version of the same resource before it. */
    @SuppressWarnings("unchecked")
    private <E> List<ChangeRecord> records(AuditedResource<E> resource, List<Object[]> rows) {
        List<ChangeRecord> records = new ArrayList<>();
        Map<String, JsonNode> previousById = new HashMap<>();
        for (Object[] row : rows) {
            E entity = (E) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            String id = resource.idOf(entity);
            JsonNode state = type == RevisionType.DEL ? NullNode.getInstance() : objectMapper.valueToTree(resource.view(entity));
            JsonNode before = previousById.containsKey(id) ? previousById.get(id)
                    : type == RevisionType.ADD ? NullNode.getInstance() : stateBefore(resource, entity, revision);
            records.add(new ChangeRecord(revision.id(), revision.changedAt(), revision.actor(), revision.role(),
                    revision.reason(), action(type), resource.resourceType(), id, resource.contractIdOf(entity),
                    fieldChanges(before, state), state));
            previousById.put(id, state);
        }
        return records;
    }

    /** The resource as it stood before this revision, or null when the revision created it. */
    @SuppressWarnings("unchecked")
    private <E> JsonNode stateBefore(AuditedResource<E> resource, E entity, AuditRevision revision) {
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        List<Object[]> earlier = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(resource.entityType(), false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revision.id()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (earlier.isEmpty() || earlier.get(0)[2] == RevisionType.DEL) {
            return NullNode.getInstance();
        }
        return objectMapper.valueToTree(resource.view((E) earlier.get(0)[0]));
    }

    private static String action(RevisionType type) {
        return switch (type) {
            case ADD -> "CREATED";
            case MOD -> "UPDATED";
            case DEL -> "DELETED";
        };
    }

    private static List<ChangeRecord.FieldChange> fieldChanges(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        List<ChangeRecord.FieldChange> changes = new ArrayList<>();
        for (Iterator<String> names = fields.iterator(); names.hasNext(); ) {
            String field = names.next();
            JsonNode from = before.path(field);
            JsonNode to = after.path(field);
            if (!from.equals(to)) {
                changes.add(new ChangeRecord.FieldChange(field,
                        from.isMissingNode() ? NullNode.getInstance() : from,
                        to.isMissingNode() ? NullNode.getInstance() : to));
            }
        }
        return changes;
    }
}
