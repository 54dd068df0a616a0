package io.sdc.portal.finance;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.Role;

/**
 * What the signed-in person may read and do in finance, as README's "Who may do what" table says, so that the pages
 * offer nothing the services would refuse: everyone reads budgets; the trust's performance staff read nothing else of
 * finance; commissioners set budgets, the risk share and the outturn; the trust's finance staff send monitoring returns;
 * commissioners, auditors and admins read audit history.
 */
@TemplateData
public record FinanceRights(boolean readsMonitoring, boolean readsHistory, boolean manages, boolean uploads) {

    static FinanceRights of(CurrentPerson person) {
        return new FinanceRights(
                person.is(Role.COMMISSIONER, Role.TRUST_FINANCE, Role.AUDITOR, Role.ADMIN),
                person.is(Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN),
                person.is(Role.COMMISSIONER),
                person.is(Role.TRUST_FINANCE));
    }
}
