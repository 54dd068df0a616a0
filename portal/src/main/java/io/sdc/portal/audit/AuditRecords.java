package io.sdc.portal.audit;

import io.sdc.portal.web.Formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.Service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services' audit records (platform {@code ChangeRecord}s) as the audit pages show them: who, role, when, why,
 * and each field from before to after, with the fields the change left alone apart.
 */
final class AuditRecords {

    /** The resource types each service's audit API knows, by the names in its URL, with what people call them. */
    static final List<ResourceType> TYPES = List.of(
            new ResourceType("contract", "contract", "Contract"),
            new ResourceType("contract", "service-area", "Service area"),
            new ResourceType("contract", "change-request", "Change request"),
            new ResourceType("contract", "annual-review", "Annual review"),
            new ResourceType("performance", "basket-version", "PI basket version"),
            new ResourceType("performance", "inspection", "Inspection"),
            new ResourceType("performance", "observation", "Observation"),
            new ResourceType("performance", "milestone", "Milestone"),
            new ResourceType("finance", "budget", "Budget"),
            new ResourceType("finance", "outturn", "Outturn"),
            new ResourceType("finance", "monitoring-return", "Monitoring return"),
            new ResourceType("finance", "risk-share-mechanism", "Risk-share mechanism"),
            new ResourceType("notification", "subscription", "Subscription"),
            new ResourceType("report", "issued-report", "Issued report"));

    private AuditRecords() {
    }

    @TemplateData
    public record ResourceType(String service, String type, String label) {
        public String value() {
            return service + "/" + type;
        }

        public String serviceLabel() {
            return serviceName(service);
        }
    }

    /** One field (or one leaf of a nested field) before and after a change. */
    @TemplateData
    public record FieldRow(String path, String label, String before, String after) {
    }

    /**
     * One audited change.
     *
     * @param index     its place in the history, from 1, oldest first
     * @param statusFrom the resource's status before, when the change moved it (else empty)
     */
    @TemplateData
    public record Revision(int index, long revision, String changedAt, String actor, String role, String reason,
                           String action, String statusFrom, String statusTo, List<FieldRow> changed,
                           List<FieldRow> unchanged) {
        public String actionText() {
            return switch (action == null ? "" : action) {
                case "CREATED" -> "Created";
                case "UPDATED" -> "Updated";
                case "DELETED" -> "Deleted";
                default -> Formats.fieldWords(action == null ? "" : action.toLowerCase(Locale.UK));
            };
        }
    }

    /** One line of a contract's change log across the services. */
    @TemplateData
    public record LogEntry(String service, String serviceText, String resourceType, String resourceTypeText,
                           String resourceId, String resourceName, String historyHref, String changedAt, long revision,
                           String actor, String role, String reason, String action, List<FieldRow> changed,
                           int moreChanges) {
        public String actionText() {
            return switch (action == null ? "" : action) {
                case "CREATED" -> "Created";
                case "UPDATED" -> "Updated";
                case "DELETED" -> "Deleted";
                default -> action;
            };
        }
    }

    static Optional<Service> service(String name) {
        return switch (name == null ? "" : name) {
            case "contract" -> Optional.of(Service.CONTRACT);
            case "performance" -> Optional.of(Service.PERFORMANCE);
            case "finance" -> Optional.of(Service.FINANCE);
            case "notification" -> Optional.of(Service.NOTIFICATION);
            case "report" -> Optional.of(Service.REPORT);
            default -> Optional.empty();
        };
    }

    static String serviceName(String service) {
        return switch (service) {
            case "contract" -> "Contract service";
            case "performance" -> "Performance service";
            case "finance" -> "Finance service";
            case "notification" -> "Notification service";
            case "report" -> "Report service";
            default -> service;
        };
    }

    static String typeLabel(String type) {
        return TYPES.stream().filter(known -> known.type().equals(type)).map(ResourceType::label).findFirst()
                .orElse(Formats.fieldWords(type == null ? "" : type));
    }

    /** The history of one resource, oldest first. */
    static List<Revision> revisions(JsonNode records) {
        List<Revision> revisions = new ArrayList<>();
        int index = 0;
        for (JsonNode record : records) {
            index++;
            List<FieldRow> changed = new ArrayList<>();
            List<FieldRow> unchanged = new ArrayList<>();
            Set<String> changedFields = new HashSet<>();
            String statusFrom = "";
            String statusTo = "";
            for (JsonNode change : record.path("changes")) {
                String field = change.path("field").asText();
                changedFields.add(field);
                split(field, change.path("from"), change.path("to"), changed, unchanged);
                if (field.equals("status")) {
                    statusFrom = text(change.path("from"));
                    statusTo = text(change.path("to"));
                }
            }
            JsonNode state = record.path("state");
            for (Map.Entry<String, JsonNode> field : iterable(state)) {
                if (!changedFields.contains(field.getKey())) {
                    AuditValues.leaves(field.getKey(), field.getValue())
                            .forEach((path, value) -> unchanged.add(new FieldRow(path, AuditValues.label(path), value, value)));
                }
            }
            revisions.add(new Revision(index, record.path("revision").asLong(), text(record.path("changedAt")),
                    text(record.path("actor")), text(record.path("role")), text(record.path("reason")),
                    text(record.path("action")), statusFrom, statusTo, changed, unchanged));
        }
        return revisions;
    }

    /** The contract's change log: each service's records merged by time. */
    static List<LogEntry> log(Map<String, JsonNode> recordsByService) {
        List<LogEntry> entries = new ArrayList<>();
        recordsByService.forEach((service, records) -> {
            for (JsonNode record : records) {
                List<FieldRow> changed = new ArrayList<>();
                for (JsonNode change : record.path("changes")) {
                    split(change.path("field").asText(), change.path("from"), change.path("to"), changed, new ArrayList<>());
                }
                String type = text(record.path("resourceType"));
                String id = text(record.path("resourceId"));
                entries.add(new LogEntry(service, serviceName(service), type, typeLabel(type), id,
                        name(record.path("state")), "/audit/" + service + "/" + type + "/" + id,
                        text(record.path("changedAt")), record.path("revision").asLong(), text(record.path("actor")),
                        text(record.path("role")), text(record.path("reason")), text(record.path("action")),
                        brief(changed), Math.max(0, changed.size() - BRIEF_ROWS)));
            }
        });
        // ISO instants with the same offset sort as text; Instant.parse keeps different precisions in order too.
        entries.sort((a, b) -> {
            int byTime = instant(a.changedAt()).compareTo(instant(b.changedAt()));
            return byTime != 0 ? byTime : Long.compare(a.revision(), b.revision());
        });
        return entries;
    }

    private static final int BRIEF_ROWS = 6;
    private static final int BRIEF_LENGTH = 160;

    /** The first few changes of a record, long values cut short: the history page has them whole. */
    private static List<FieldRow> brief(List<FieldRow> changed) {
        return changed.stream().limit(BRIEF_ROWS)
                .map(row -> new FieldRow(row.path(), row.label(), cut(row.before()), cut(row.after()))).toList();
    }

    private static String cut(String value) {
        return value.length() <= BRIEF_LENGTH ? value : value.substring(0, BRIEF_LENGTH) + "…";
    }

    /** What people call a resource: its reference, name, year or number, as its state gives it. */
    static String name(JsonNode state) {
        for (String key : List.of("reference", "name", "financialYear", "contractYear")) {
            String value = text(state.path(key));
            if (!value.isEmpty()) {
                String title = text(state.path("title"));
                return title.isEmpty() || key.equals("name") ? value : value + ": " + title;
            }
        }
        if (!text(state.path("kind")).isEmpty() && !text(state.path("period")).isEmpty()) {
            String issue = text(state.path("number"));
            return Formats.words(text(state.path("kind"))) + " " + text(state.path("period"))
                    + (issue.isEmpty() || issue.equals("1") ? "" : ", issue " + issue);
        }
        if (!text(state.path("number")).isEmpty()) {
            return "Version " + text(state.path("number"));
        }
        if (!text(state.path("inspectorate")).isEmpty()) {
            return text(state.path("inspectorate")) + " " + text(state.path("date"));
        }
        if (!text(state.path("title")).isEmpty()) {
            return text(state.path("title"));
        }
        return "";
    }

    /** A field's leaves into those the change moved and those it left as they were. */
    private static void split(String field, JsonNode from, JsonNode to, List<FieldRow> changed, List<FieldRow> unchanged) {
        Map<String, String> before = AuditValues.leaves(field, from);
        Map<String, String> after = AuditValues.leaves(field, to);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String was = before.getOrDefault(path, "");
            String is = after.getOrDefault(path, "");
            if (!(before.containsKey(path) && after.containsKey(path))
                    && (hasLeavesUnder(before, path) || hasLeavesUnder(after, path))) {
                continue; // an empty or absent nested value where the other side has its leaves
            }
            (was.equals(is) ? unchanged : changed).add(new FieldRow(path, AuditValues.label(path), was, is));
        }
    }

    private static boolean hasLeavesUnder(Map<String, String> leaves, String path) {
        return leaves.keySet().stream().anyMatch(leaf -> leaf.startsWith(path + ".") || leaf.startsWith(path + "["));
    }

    private static java.time.Instant instant(String text) {
        try {
            return java.time.Instant.parse(text);
        } catch (RuntimeException notAnInstant) {
            return java.time.Instant.EPOCH;
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? "" : node.asText();
    }
}
