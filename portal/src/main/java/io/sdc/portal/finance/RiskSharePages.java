package io.sdc.portal.finance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Formats;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's risk-share mechanism: the bands in which a year-end overspend and underspend are split between the
 * trust and the council; commissioners define it (replacing it needs the version they read).
 */
@Path("/contracts/{contractId}/finance/risk-share")
public class RiskSharePages extends PortalPage {

    static final int MAX_BANDS = 10;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final List<String> KINDS = List.of("overspend", "underspend");

    @Location("finance/risk-share.html")
    Template riskSharePage;

    /** A band as people read it: "£100,000 to £500,000", the trust's and the council's share. */
    @TemplateData
    public record BandView(int number, String range, String trustShare, String councilShare) {
    }

    /** A row of the form: a band's limit and the trust's share, as typed or as defined. */
    @TemplateData
    public record BandRow(String kind, int number, String upTo, String share) {

        public String upToId() {
            return kind + "-up-to-" + number;
        }

        public String shareId() {
            return kind + "-share-" + number;
        }
    }

    /** The form for one kind of band: its basis and its rows. */
    @TemplateData
    public record BandForm(String kind, String basis, List<BandRow> rows) {

        public String basisId() {
            return kind + "-basis";
        }
    }

    @GET
    public Response show(@RestPath String contractId, @RestQuery String done) {
        person.require();
        ApiAnswer mechanism = read(contractId);
        Map<String, Object> view = mechanism.succeeded() ? mechanism.object() : null;
        FormValues form = FormValues.empty().with("exclude-demand-led", view != null && Boolean.TRUE.equals(view.get("excludeDemandLed")) ? "true" : "");
        List<BandForm> bandForms = new ArrayList<>();
        for (String kind : KINDS) {
            bandForms.add(formOf(kind, view));
        }
        return page(200, contractId, mechanism, form, bandForms, FormErrors.none(), "saved".equals(done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response define(@RestPath String contractId, MultivaluedMap<String, String> fields) {
        forms.check(fields.getFirst("csrf"));
        person.require();
        Map<String, Object> body = new LinkedHashMap<>();
        boolean exclude = fields.getFirst("excludeDemandLed") != null;
        body.put("excludeDemandLed", exclude);
        Map<String, String> inputs = new HashMap<>();
        List<BandForm> typed = new ArrayList<>();
        for (String kind : KINDS) {
            String basis = fields.getFirst(kind + "Basis");
            List<BandRow> rows = new ArrayList<>();
            List<Map<String, Object>> bands = new ArrayList<>();
            for (int number = 1; number <= MAX_BANDS; number++) {
                String upTo = fields.getFirst(kind + "UpTo-" + number);
                String share = fields.getFirst(kind + "Share-" + number);
                if (upTo == null && share == null) {
                    continue;
                }
                rows.add(new BandRow(kind, number, upTo == null ? "" : upTo, share == null ? "" : share));
                if ((upTo == null || upTo.isBlank()) && (share == null || share.isBlank())) {
                    continue;
                }
                String prefix = kind + "Bands[" + bands.size() + "]";
                inputs.put(prefix + ".upTo", kind + "-up-to-" + number);
                inputs.put(prefix + ".trustSharePercent", kind + "-share-" + number);
                inputs.put(prefix + ".basis", kind + "-basis");
                Map<String, Object> band = new LinkedHashMap<>();
                band.put("upTo", upTo == null || upTo.isBlank() ? null : limit(upTo));
                band.put("basis", basis == null || basis.isBlank() ? null : basis);
                band.put("trustSharePercent", share == null || share.isBlank() ? null : number(share));
                bands.add(band);
            }
            inputs.put(kind + "Bands", kind + "-share-1");
            body.put(kind + "Bands", bands);
            typed.add(new BandForm(kind, basis == null ? "" : basis, padded(kind, rows)));
        }
        String reason = fields.getFirst("reason");
        ApiAnswer answer = backend.call(Service.FINANCE, "PUT", Backend.path("/api/v1/contracts/{}/risk-share", contractId))
                .ifMatch(fields.getFirst("etag")).reason(reason).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/finance/risk-share", contractId) + "?done=saved");
        }
        FormValues form = FormValues.empty().with("exclude-demand-led", exclude ? "true" : "").with("risk-share-reason", reason);
        FormErrors errors = FormErrors.of(answer.problem().orElseThrow(), inputs, "overspend-up-to-1");
        return page(FinancePage.refusedStatus(answer), contractId, read(contractId), form, typed, errors, false);
    }

    private ApiAnswer read(String contractId) {
        ApiAnswer mechanism = backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/risk-share", contractId));
        if (!mechanism.succeeded() && mechanism.status() != 404) {
            mechanism.orRefuse();
        }
        return mechanism;
    }

    private Response page(int status, String contractId, ApiAnswer mechanism, FormValues form, List<BandForm> bandForms,
                          FormErrors errors, boolean saved) {
        Map<String, Object> view = mechanism.succeeded() ? mechanism.object() : null;
        TemplateInstance page = riskSharePage.data("mechanism", view)
                .data("overspendBands", view == null ? List.of() : bands(view.get("overspendBands")))
                .data("underspendBands", view == null ? List.of() : bands(view.get("underspendBands")))
                .data("etag", mechanism.succeeded() ? mechanism.etag().orElse("") : "")
                .data("may", FinanceRights.of(person))
                .data("bandForms", bandForms)
                .data("form", form)
                .data("errors", errors)
                .data("saved", saved);
        return pages.show(status, page, Section.FINANCE, contractId);
    }

    @SuppressWarnings("unchecked")
    static List<BandView> bands(Object defined) {
        List<BandView> views = new ArrayList<>();
        if (!(defined instanceof List<?> list)) {
            return views;
        }
        String from = null;
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> band = (Map<String, Object>) list.get(i);
            boolean percent = "PERCENT_OF_BUDGET".equals(String.valueOf(band.get("basis")));
            Object upTo = band.get("upTo");
            String limit = upTo == null ? null : percent ? Formats.number(upTo) + "%" : Formats.money(upTo);
            String ofBudget = percent ? " of the budget" : "";
            String range;
            if (limit == null) {
                range = from == null ? "All of it" : "Above " + from + ofBudget;
            } else {
                range = from == null ? "Up to " + limit + ofBudget : from + " to " + limit + ofBudget;
            }
            BigDecimal trust = FinanceText.decimal(band.get("trustSharePercent"));
            views.add(new BandView(i + 1, range, trust == null ? "" : Formats.number(trust) + "%",
                    trust == null ? "" : Formats.number(HUNDRED.subtract(trust)) + "%"));
            from = limit;
        }
        return views;
    }

    @SuppressWarnings("unchecked")
    private static BandForm formOf(String kind, Map<String, Object> view) {
        List<BandRow> rows = new ArrayList<>();
        String basis = "AMOUNT";
        if (view != null && view.get(kind + "Bands") instanceof List<?> list) {
            for (Object element : list) {
                Map<String, Object> band = (Map<String, Object>) element;
                basis = String.valueOf(band.get("basis"));
                rows.add(new BandRow(kind, rows.size() + 1, band.get("upTo") == null ? "" : plain(band.get("upTo")),
                        plain(band.get("trustSharePercent"))));
            }
        }
        return new BandForm(kind, basis, padded(kind, rows));
    }

    private static List<BandRow> padded(String kind, List<BandRow> rows) {
        List<BandRow> padded = new ArrayList<>(rows);
        int number = padded.isEmpty() ? 0 : padded.get(padded.size() - 1).number();
        int wanted = Math.min(MAX_BANDS, Math.max(3, rows.size() + 1));
        while (padded.size() < wanted && number < MAX_BANDS) {
            number++;
            padded.add(new BandRow(kind, number, "", ""));
        }
        return padded;
    }

    private static String plain(Object number) {
        BigDecimal value = FinanceText.decimal(number);
        return value == null ? "" : value.toPlainString();
    }

    /**
     * A band's limit as typed, in the form the service takes limits, as money: "£100,000" as "100000.00", "1.5%" of the
     * budget as "1.50". Anything else is sent as typed, for the service to judge and explain.
     */
    private static String limit(String typed) {
        return AmountInput.normalise(typed.replace("%", ""));
    }

    /** A figure as typed, as a JSON number when it is one (pound signs, commas and per cent signs left out). */
    private static Object number(String typed) {
        String text = typed.strip().replace("£", "").replace(",", "").replace("%", "").replace(" ", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return typed;
        }
    }
}
