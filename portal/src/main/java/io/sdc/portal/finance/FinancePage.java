package io.sdc.portal.finance;

import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.CurrentPerson;

import java.util.List;

/** What the finance pages share: statuses for forms shown again, and the refusal of a page a role may not use. */
final class FinancePage {

    private FinancePage() {
    }

    /** The status of a form shown again after the service refused it: 400, 409 or 412 as the service said. */
    static int refusedStatus(ApiAnswer answer) {
        int status = answer.status();
        if (status >= 500) {
            return 502;
        }
        return status >= 400 ? status : 400;
    }

    /** The budget a finance page is about, as its reader may read it. */
    static ApiAnswer budget(Backend backend, String budgetId) {
        return backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}", budgetId)).orRefuse();
    }

    /**
     * The budget a file is sent for, read for a person signed in who sends the trust's files (the trust's finance
     * staff); anyone else is refused with {@code onlyUploaders} on the error page.
     */
    static ApiAnswer budgetToUpload(Backend backend, CurrentPerson person, String budgetId, String onlyUploaders) {
        person.require();
        ApiAnswer budget = budget(backend, budgetId);
        if (!FinanceRights.of(person).uploads()) {
            throw notForThisRole(onlyUploaders);
        }
        return budget;
    }

    /** The contract's ledger mapping in force, if it has one (with its ETag, to replace it). */
    static java.util.Optional<ApiAnswer> ledgerMapping(Backend backend, String contractId) {
        ApiAnswer mapping = backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/ledger-mapping", contractId));
        if (!mapping.succeeded() && mapping.status() != 404) {
            mapping.orRefuse();
        }
        return mapping.succeeded() ? java.util.Optional.of(mapping) : java.util.Optional.empty();
    }

    /** The page's "you cannot do this" for a role the service would refuse anyway. */
    static ApiRefusal notForThisRole(String why) {
        return new ApiRefusal(new Problem(403, "urn:sdc:portal:not-for-this-role", "Not allowed", why, List.of()));
    }
}
