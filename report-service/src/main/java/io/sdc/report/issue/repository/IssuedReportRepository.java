package io.sdc.report.issue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.sdc.report.assembly.ReportKind;
import io.sdc.report.issue.IssuedReport;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IssuedReportRepository implements PanacheRepositoryBase<IssuedReport, UUID> {

    /** The highest number the report (contract, kind, period) has been issued under; 0 if never. */
    public int lastNumber(UUID contractId, ReportKind kind, String period) {
        Integer last = getEntityManager().createQuery("select max(r.number) from IssuedReport r "
                        + "where r.contractId = ?1 and r.kind = ?2 and r.period = ?3", Integer.class)
                .setParameter(1, contractId).setParameter(2, kind).setParameter(3, period)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /** The contract's issued reports, newest first (their bytes are read only when asked for). */
    public List<IssuedReport> ofContract(UUID contractId) {
        return list("contractId", Sort.descending("issuedAt").and("number", Sort.Direction.Descending), contractId);
    }
}
