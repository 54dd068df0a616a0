package io.sdc.portal.report;

import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A contract's issued reports, as report-service lists them to the signed-in person. */
@RequestScoped
public class IssuedReports {

    @Inject
    Backend backend;

    /** The contract's issued reports, newest first; none when the person's role may not read them. */
    public List<IssuedReportView> of(String contractId) {
        ApiAnswer answer = backend.get(Service.REPORT, Backend.path("/api/v1/contracts/{}/issued-reports", contractId));
        if (answer.status() == 403) {
            return List.of();
        }
        List<IssuedReportView> issued = new ArrayList<>();
        for (Object copy : answer.orRefuse().list()) {
            if (copy instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) map;
                issued.add(IssuedReportView.of(fields));
            }
        }
        return issued;
    }
}
