package io.sdc.portal.report;

import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.Role;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The files report-service answers with (a report's PDF and Word document, an issued copy's PDF and figures). */
final class Downloads {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    /** A file as report-service sent it, passed on to the browser as it came: type, name, tag, digest and bytes. */
    static Response passOn(ApiAnswer answer, String mediaType, String fallbackName) {
        Response.ResponseBuilder response = Response.ok(answer.bytes())
                .type(answer.contentType().isBlank() ? mediaType : answer.contentType())
                .header("Content-Disposition", answer.header("Content-Disposition").orElse("attachment; filename=\"" + fallbackName + "\""));
        for (String header : List.of("ETag", "Digest", "Repr-Digest", "Last-Modified")) {
            answer.header(header).ifPresent(value -> response.header(header, value));
        }
        return response.build();
    }

    /** Whether the person may read audit histories (the services answer them to commissioners, auditors and admins). */
    static boolean mayReadHistory(CurrentPerson person) {
        return person.is(Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN);
    }
}
