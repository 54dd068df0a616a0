package io.sdc.portal.performance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Formats;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Reasons;
import io.sdc.portal.web.Section;
import io.sdc.portal.web.ValidateOrReturn;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trust's figures and the council's validation of them. Every figure is SUBMITTED (provisional) until a
 * commissioner validates it or returns it to the trust with a reason; the list shows each current figure with where
 * it stands, who submitted, validated or returned it and why, and offers the commissioner "Validate" and "Return"
 * for each figure awaiting validation. A figure's page shows it with its history and the same two decisions.
 */
@Path("/contracts/{contractId}/performance/figures")
public class FigureValidationResource extends PortalPage {

    private static final List<String> STATUSES = List.of("SUBMITTED", "RETURNED", "VALIDATED");

    @Inject
    PerformanceApi api;

    @Location("performance/figures.html")
    Template list;
    @Location("performance/figure.html")
    Template one;

    @GET
    public Response figures(@PathParam("contractId") String contractId, @QueryParam("status") String status,
                            @QueryParam("period") String period, @QueryParam("done") String done) {
        person.require();
        String chosen = status == null || status.isBlank() ? (person.is(Role.COMMISSIONER) ? "SUBMITTED" : "") : status.strip();
        if (!STATUSES.contains(chosen)) {
            chosen = "";
        }
        String chosenPeriod = period == null ? "" : period.strip();
        TemplateInstance page = api.common(list.instance(), contractId, "figures");
        ApiAnswer answer = api.get(Backend.path("/api/v1/contracts/{}/observations", contractId)
                + Backend.query("status", chosen.isEmpty() ? null : chosen, "period", chosenPeriod.isEmpty() ? null : chosenPeriod));
        List<Figure> figures = new ArrayList<>();
        FormErrors errors = FormErrors.none();
        if (answer.status() == 400) {
            errors = FormErrors.of("period", answer.problem().orElseThrow().message());
        } else {
            for (Object element : answer.orRefuse().list()) {
                if (element instanceof Map<?, ?> observation) {
                    figures.add(figure(contractId, PerformanceApi.cast(observation)));
                }
            }
        }
        figures.sort(java.util.Comparator.comparing(Figure::period, Periods.ORDER).thenComparing(Figure::name));
        List<PerformanceApi.Option> statuses = new ArrayList<>();
        statuses.add(new PerformanceApi.Option("ALL", "Every status", chosen.isEmpty()));
        for (String value : STATUSES) {
            statuses.add(new PerformanceApi.Option(value, statusTag(value).label(), value.equals(chosen)));
        }
        return pages.show(errors.any() ? 400 : 200, page.data("figures", figures).data("statuses", statuses)
                .data("status", chosen).data("period", chosenPeriod).data("validates", validates())
                .data("done", doneMessage(done)).data("errors", errors), Section.PERFORMANCE, contractId);
    }

    @GET
    @Path("/{id}")
    public Response figure(@PathParam("contractId") String contractId, @PathParam("id") String id) {
        person.require();
        return pages.show(figurePage(contractId, id, "", FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/{id}/validation")
    public Response validate(@PathParam("contractId") String contractId, @PathParam("id") String id,
                             @RestForm("csrf") String csrf, @RestForm("etag") String etag) {
        forms.check(csrf);
        person.require();
        requireCommissioner();
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "POST",
                        Backend.path("/api/v1/contracts/{}/observations/{}/validation", contractId, id))
                .ifMatch(etag).json(Map.of()).send();
        return decided(contractId, id, answer, "validated", "", "validate");
    }

    @POST
    @Path("/{id}/return")
    public Response returnToTrust(@PathParam("contractId") String contractId, @PathParam("id") String id,
                                  @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                                  @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        requireCommissioner();
        String given = reason == null ? "" : reason.strip();
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "POST",
                        Backend.path("/api/v1/contracts/{}/observations/{}/return", contractId, id))
                .ifMatch(etag).reason(given).json(Reasons.only(given))
                .send();
        return decided(contractId, id, answer, "returned", given, "reason");
    }

    /** After a decision: back to the figures awaiting validation, or this figure's page again with the refusal. */
    private Response decided(String contractId, String id, ApiAnswer answer, String done, String reason, String firstInput) {
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/performance/figures", contractId) + Backend.query("done", done));
        }
        FormErrors errors = ValidateOrReturn.refused(answer, "Enter the reason for returning the figure: the trust is told it", firstInput);
        return pages.show(answer.formStatus(), figurePage(contractId, id, reason, errors), Section.PERFORMANCE, contractId);
    }

    private TemplateInstance figurePage(String contractId, String id, String reason, FormErrors errors) {
        ApiAnswer answer = api.get(Backend.path("/api/v1/contracts/{}/observations/{}", contractId, id));
        if (answer.status() == 400) {
            throw new ApiRefusal(new Problem(404, "about:blank", "Not found", "There is no such figure.", List.of()));
        }
        Map<String, Object> observation = answer.orRefuse().object();
        List<Figure> history = new ArrayList<>();
        ApiAnswer earlier = api.get(Backend.path("/api/v1/contracts/{}/observations/{}/history", contractId, id));
        if (earlier.succeeded()) {
            for (Object element : earlier.list()) {
                if (element instanceof Map<?, ?> figure) {
                    history.add(figure(contractId, PerformanceApi.cast(figure)));
                }
            }
        }
        return api.common(one.instance(), contractId, "figures")
                .data("figure", figure(contractId, observation)).data("etag", answer.etag().orElse(""))
                .data("history", history).data("reason", reason).data("validates", validates()).data("errors", errors);
    }

    private Figure figure(String contractId, Map<String, Object> observation) {
        String code = Figures.text(observation.get("indicatorCode"));
        Map<String, Object> indicator = api.indicator(code);
        Object unit = indicator.get("unit");
        String value = Figures.value(observation.get("value"), unit);
        if (observation.get("numerator") != null && observation.get("denominator") != null) {
            value += " (" + Formats.number(observation.get("numerator")) + " of " + Formats.number(observation.get("denominator")) + ")";
        }
        String status = Figures.text(observation.get("status"));
        String decision = "";
        if (observation.get("validatedBy") != null) {
            decision = "Validated by " + observation.get("validatedBy") + ", " + Formats.dateTime(observation.get("validatedAt"));
        } else if (observation.get("returnedBy") != null) {
            decision = "Returned by " + observation.get("returnedBy") + ", " + Formats.dateTime(observation.get("returnedAt"));
        }
        return new Figure(Figures.text(observation.get("id")), code, Figures.text(indicator.getOrDefault("name", code)),
                Figures.text(observation.get("period")), value.isEmpty() ? "No value" : value, status, statusTag(status),
                Formats.words(observation.get("kind")), Figures.text(observation.get("commentary")),
                Figures.text(observation.get("submittedBy")), Formats.dateTime(observation.get("submittedAt")),
                Figures.text(observation.get("submissionReason")), decision, Figures.text(observation.get("returnReason")),
                "\"" + Figures.text(observation.get("version")) + "\"",
                Backend.path("/contracts/{}/performance/figures/{}", contractId, observation.get("id")));
    }

    /** A figure's status as the design system's tag: provisional figures grey, validated green, returned red. */
    static Figures.Tag statusTag(String status) {
        return switch (status) {
            case "SUBMITTED" -> new Figures.Tag("Awaiting validation", "govuk-tag govuk-tag--grey");
            case "VALIDATED" -> new Figures.Tag("Validated", "govuk-tag govuk-tag--green");
            case "RETURNED" -> new Figures.Tag("Returned", "govuk-tag govuk-tag--red");
            case "SUPERSEDED" -> new Figures.Tag("Superseded", "govuk-tag govuk-tag--grey");
            default -> new Figures.Tag(Formats.words(status), "govuk-tag govuk-tag--grey");
        };
    }

    private static String doneMessage(String done) {
        if ("validated".equals(done)) {
            return "The figure is validated";
        }
        return "returned".equals(done) ? "The figure is returned to the trust with your reason" : null;
    }

    private boolean validates() {
        return person.is(Role.COMMISSIONER);
    }

    private void requireCommissioner() {
        if (!validates()) {
            throw new ApiRefusal(new Problem(403, "about:blank", "Forbidden",
                    "Only the council's commissioners validate or return the trust's figures.", List.of()));
        }
    }

    /** One figure: what it says, where it stands, who submitted and decided it, and why. */
    @TemplateData
    public record Figure(String id, String code, String name, String period, String value, String status, Figures.Tag tag,
                         String kind, String commentary, String submittedBy, String submittedAt, String submissionReason,
                         String decision, String returnReason, String etag, String href) {
        public boolean awaitingValidation() {
            return "SUBMITTED".equals(status);
        }
    }
}
