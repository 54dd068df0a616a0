package io.sdc.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.DateInput;
import io.sdc.portal.web.Pagination;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contract's change log across the services for a date range: each service's audited changes to the contract's
 * resources, merged by time, each linked to its resource's history. Dates are days in UK time, both included.
 */
@Path("/contracts/{contractId}/audit")
public class ContractChangeLogPage extends PortalPage {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Map<String, Service> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("contract", Service.CONTRACT);
        SERVICES.put("performance", Service.PERFORMANCE);
        SERVICES.put("finance", Service.FINANCE);
        SERVICES.put("notification", Service.NOTIFICATION);
        SERVICES.put("report", Service.REPORT);
    }

    @Location("audit/changes.html")
    Template changes;

    @GET
    public Response changeLog(@PathParam("contractId") String contractId,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("from-day") String fromDay, @QueryParam("from-month") String fromMonth,
                              @QueryParam("from-year") String fromYear, @QueryParam("to-day") String toDay,
                              @QueryParam("to-month") String toMonth, @QueryParam("to-year") String toYear,
                              @QueryParam("after") String after, @QueryParam("skip") String skip,
                              @QueryParam("first") String first) {
        person.require();
        if (!AuditPages.isUuid(contractId)) {
            throw new NotFoundException();
        }
        DateInput fromParts = parts(from, fromDay, fromMonth, fromYear);
        DateInput toParts = parts(to, toDay, toMonth, toYear);
        List<Problem.Violation> faults = new ArrayList<>();
        LocalDate start = date(fromParts, "from", "Start date", faults);
        LocalDate end = date(toParts, "to", "End date", faults);
        if (faults.isEmpty() && start != null && end != null && end.isBefore(start)) {
            faults.add(new Problem.Violation("to", "End date must be the same as or after the start date"));
        }
        Map<String, String> inputs = Map.of("from", "from-day", "to", "to-day");
        FormErrors errors = FormErrors.none();
        List<AuditRecords.LogEntry> entries = List.of();
        ChangeLogPosition position = ChangeLogPosition.of(after, skip, first);
        String rangeStart = start == null ? null : start.atStartOfDay(UK).toInstant().toString();
        String rangeEnd = end == null ? null : end.plusDays(1).atStartOfDay(UK).toInstant().toString();
        String query = Backend.query("contractId", contractId, "from", position.from(rangeStart), "to", rangeEnd,
                "page", "0", "size", String.valueOf(position.asked()));
        String next = null;
        if (!faults.isEmpty()) {
            errors = FormErrors.of(new Problem(400, "", "", "", faults), inputs, "from-day");
            // The services are asked nothing with dates the person must correct; reading is still theirs to allow.
            backend.get(Service.CONTRACT, "/api/v1/audit/changes" + Backend.query("contractId", contractId, "from", "1970-01-01T00:00:00Z", "to", "1970-01-01T00:00:01Z")).orRefuse();
        } else {
            Map<String, JsonNode> byService = new LinkedHashMap<>();
            for (Map.Entry<String, Service> service : SERVICES.entrySet()) {
                ApiAnswer answer = backend.get(service.getValue(), "/api/v1/audit/changes" + query);
                if (answer.status() == 404 && service.getValue() != Service.CONTRACT) {
                    continue; // a service without an audit API
                }
                if (answer.status() == 400) {
                    errors = FormErrors.of(answer.problem().orElseThrow(), inputs, "from-day");
                    break;
                }
                byService.put(service.getKey(), answer.orRefuse().json());
            }
            if (!errors.any()) {
                List<AuditRecords.LogEntry> merged = AuditRecords.log(byService);
                entries = position.page(merged);
                boolean more = merged.size() > position.skip() + entries.size()
                        || byService.values().stream().anyMatch(records -> records.size() >= position.asked());
                if (more && !entries.isEmpty()) {
                    ChangeLogPosition following = position.after(entries);
                    next = "/contracts/" + contractId + "/audit" + Backend.query("from", start == null ? null : start.toString(),
                            "to", end == null ? null : end.toString(), "after", following.after(),
                            "skip", following.skip(), "first", following.first());
                }
            }
        }
        ApiAnswer contract = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", contractId)).orRefuse();
        return pages.show(errors.any() ? 400 : 200, changes.data("contract", contract.object())
                .data("contractId", contractId)
                .data("from", fromParts).data("to", toParts)
                .data("start", start == null ? null : start.toString())
                .data("end", end == null ? null : end.toString())
                .data("entries", entries)
                .data("firstNumber", position.first())
                .data("lastNumber", position.first() + entries.size() - 1)
                .data("pagination", new Pagination(null, next, List.of()))
                .data("errors", errors), Section.AUDIT, contractId);
    }

    /** The parts of a date from the form's three inputs, or from an ISO date in the address. */
    private static DateInput parts(String iso, String day, String month, String year) {
        DateInput typed = DateInput.typed(day, month, year);
        return typed.isEmpty() ? DateInput.ofIso(iso) : typed;
    }

    private static LocalDate date(DateInput parts, String field, String name, List<Problem.Violation> faults) {
        if (parts.unreadable()) {
            faults.add(new Problem.Violation(field, name + " must be a real date, like 1 4 2015"));
            return null;
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (!parts.missing().isEmpty()) {
            faults.add(new Problem.Violation(field, name + " must include a day, a month and a year"));
            return null;
        }
        if (!parts.year().matches("\\d{1,9}")) {
            faults.add(new Problem.Violation(field, name + " must be a real date"));
            return null;
        }
        int year = Integer.parseInt(parts.year());
        if (!parts.yearHasFourDigits() || year < 1900 || year > 2199) {
            faults.add(new Problem.Violation(field, name + " must have a year of 4 digits between 1900 and 2199"));
            return null;
        }
        Optional<LocalDate> date = parts.date();
        if (date.isEmpty()) {
            faults.add(new Problem.Violation(field, name + " must be a real date"));
        }
        return date.orElse(null);
    }
}
