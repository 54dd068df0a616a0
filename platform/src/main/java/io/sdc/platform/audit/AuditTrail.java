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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
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
        return changes(resource, AuditEntity.id().eq(id));
    }

    /** Every change to any audited resource of one contract made within [from, to), ordered by time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRecord> changesForContract(Object contractId, Instant from, Instant to) {
        List<ChangeRecord> all = new ArrayList<>();
        for (AuditedResource<?> resource : resources) {
            all.addAll(changes(resource, resource.ofContract(contractId)));
        }
        return all.stream()
                .filter(change -> !change.changedAt().isBefore(from) && change.changedAt().isBefore(to))
                .sorted(Comparator.comparing(ChangeRecord::changedAt).thenComparing(ChangeRecord::revision))
                .toList();
    }

    public Optional<AuditedResource<?>> resource(String resourceType) {
        return resources.stream().filter(resource -> resource.resourceType().equals(resourceType)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private <E> List<ChangeRecord> changes(AuditedResource<E> resource, org.hibernate.envers.query.criteria.AuditCriterion criterion) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(resource.entityType(), false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ChangeRecord> records = new ArrayList<>();
        java.util.Map<String, JsonNode> previousById = new java.util.HashMap<>();
        for (Object[] row : rows) {
            E entity = (E) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            String id = resource.idOf(entity);
            JsonNode state = type == RevisionType.DEL ? NullNode.getInstance() : objectMapper.valueToTree(resource.view(entity));
            JsonNode before = previousById.getOrDefault(id, NullNode.getInstance());
            records.add(new ChangeRecord(revision.id(), revision.changedAt(), revision.actor(), revision.role(),
                    revision.reason(), action(type), resource.resourceType(), id, resource.contractIdOf(entity),
                    fieldChanges(before, state), state));
            previousById.put(id, state);
        }
        return records;
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
