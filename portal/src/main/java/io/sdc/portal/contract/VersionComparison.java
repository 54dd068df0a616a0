package io.sdc.portal.contract;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.Formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between two versions of a contract as contract-service keeps them (each version holds the contract's
 * terms and every service area it has had in scope, with dates): the terms whose value differs, the statutory
 * directions and service areas one has and the other has not, and the service areas whose dates differ; with the
 * versions that made the changes.
 */
@TemplateData
public record VersionComparison(Map<String, Object> from, Map<String, Object> to, List<FieldChange> fields,
                                List<String> directionsAdded, List<String> directionsRemoved,
                                List<Map<String, Object>> areasAdded, List<Map<String, Object>> areasRemoved,
                                List<AreaChange> areasChanged, List<Map<String, Object>> versionsBetween) {

    /** The terms compared, in the order the contract page shows them: the field's name in the version, its label. */
    private static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("reference", "Reference");
        TERMS.put("title", "Title");
        TERMS.put("status", "Status");
        TERMS.put("commissioner.name", "Council");
        TERMS.put("commissioner.identifier", "Council's identifier");
        TERMS.put("provider.name", "Trust");
        TERMS.put("provider.identifier", "Trust's identifier");
        TERMS.put("commencementDate", "Commencement date");
        TERMS.put("expiryDate", "End date");
        TERMS.put("contractYearStart", "Contract years start on");
        TERMS.put("financialYearStart", "Financial years start on");
    }

    public boolean nothingChanged() {
        return fields.isEmpty() && directionsAdded.isEmpty() && directionsRemoved.isEmpty() && areasAdded.isEmpty()
                && areasRemoved.isEmpty() && areasChanged.isEmpty();
    }

    static VersionComparison of(Map<String, Object> from, Map<String, Object> to, List<Map<String, Object>> versions) {
        Map<String, Object> before = document(from);
        Map<String, Object> after = document(to);
        List<FieldChange> fields = new ArrayList<>();
        TERMS.forEach((field, label) -> {
            String was = shown(field, value(before, field));
            String is = shown(field, value(after, field));
            if (!Objects.equals(was, is)) {
                fields.add(new FieldChange(label, was, is));
            }
        });
        List<String> directionsBefore = strings(before.get("statutoryDirections"));
        List<String> directionsAfter = strings(after.get("statutoryDirections"));
        List<Map<String, Object>> areasBefore = ApiAnswer.maps(list(before.get("scope")));
        List<Map<String, Object>> areasAfter = ApiAnswer.maps(list(after.get("scope")));
        List<AreaChange> changed = new ArrayList<>();
        for (Map<String, Object> area : areasAfter) {
            areasBefore.stream().filter(old -> sameArea(old, area)).findFirst().ifPresent(old -> {
                if (!Objects.equals(old.get("inScopeFrom"), area.get("inScopeFrom"))
                        || !Objects.equals(old.get("inScopeTo"), area.get("inScopeTo")) || !Objects.equals(old.get("name"), area.get("name"))) {
                    changed.add(new AreaChange(old, area));
                }
            });
        }
        int low = Math.min(number(from), number(to));
        int high = Math.max(number(from), number(to));
        return new VersionComparison(from, to, fields,
                directionsAfter.stream().filter(direction -> !directionsBefore.contains(direction)).toList(),
                directionsBefore.stream().filter(direction -> !directionsAfter.contains(direction)).toList(),
                areasAfter.stream().filter(area -> areasBefore.stream().noneMatch(old -> sameArea(old, area))).toList(),
                areasBefore.stream().filter(old -> areasAfter.stream().noneMatch(area -> sameArea(old, area))).toList(),
                changed,
                versions.stream().filter(version -> number(version) > low && number(version) <= high).toList());
    }

    /** The same service area in both versions: the same id, or (for a document without ids) the same code. */
    private static boolean sameArea(Map<String, Object> one, Map<String, Object> other) {
        if (one.get("id") != null && other.get("id") != null) {
            return one.get("id").equals(other.get("id"));
        }
        return Objects.equals(one.get("code"), other.get("code"));
    }

    private static String shown(String field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "status" -> Formats.words(value);
            case "commencementDate", "expiryDate" -> Formats.date(value);
            case "contractYearStart", "financialYearStart" -> monthDay(value);
            default -> value.toString();
        };
    }

    /** {@code --10-01} as "1 October". */
    static String monthDay(Object value) {
        try {
            return java.time.MonthDay.parse(value.toString()).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK));
        } catch (java.time.format.DateTimeParseException notAMonthDay) {
            return value.toString();
        }
    }

    private static Object value(Map<String, Object> document, String path) {
        Object value = document;
        for (String part : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Map<String, Object> version) {
        return version.get("contract") instanceof Map<?, ?> contract ? (Map<String, Object>) contract : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    private static int number(Map<String, Object> version) {
        return version.get("number") instanceof BigDecimal number ? number.intValue() : Integer.parseInt(String.valueOf(version.get("number")));
    }

    /** A term whose value differs, as shown in each version. */
    @TemplateData
    public record FieldChange(String label, String before, String after) {
    }

    /** A service area in both versions whose name or dates differ. */
    @TemplateData
    public record AreaChange(Map<String, Object> before, Map<String, Object> after) {
    }
}
