package io.sdc.contract.contract;

import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Service Delivery Contract between a commissioner (the council) and a provider (the trust). It runs from its
 * commencement date to its expiry date; its contract year (the seed's runs 1 October to 30 September) and the
 * financial year (1 April to 31 March) each start on their own day of the year.
 */
@Entity
@Table(name = "contract")
@Audited
public class Contract {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(nullable = false)
    private String title;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "commissioner_name", nullable = false))
    @AttributeOverride(name = "identifier", column = @Column(name = "commissioner_identifier"))
    private Party commissioner;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "provider_name", nullable = false))
    @AttributeOverride(name = "identifier", column = @Column(name = "provider_identifier"))
    private Party provider;

    @Column(name = "commencement_date", nullable = false)
    private LocalDate commencementDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "contract_year_start_month", nullable = false)
    private int contractYearStartMonth;

    @Column(name = "contract_year_start_day", nullable = false)
    private int contractYearStartDay;

    @Column(name = "financial_year_start_month", nullable = false)
    private int financialYearStartMonth;

    @Column(name = "financial_year_start_day", nullable = false)
    private int financialYearStartDay;

    /** References of the statutory directions the contract rests on, e.g. the one that established the trust. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "statutory_directions", nullable = false, columnDefinition = "jsonb")
    private List<String> statutoryDirections = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("inScopeFrom, code")
    private List<ServiceArea> scope = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    @Version
    private long version;

    private static final Pattern CONTRACT_YEAR = Pattern.compile("\\d{4}/\\d{2}");

    protected Contract() {
    }

    public Contract(UUID id, Terms terms) {
        this.id = Objects.requireNonNull(id);
        this.status = ContractStatus.DRAFT;
        apply(terms);
        this.statutoryDirections = new ArrayList<>(Optional.ofNullable(terms.statutoryDirections()).orElse(List.of()));
    }

    /** Replaces the contract's terms; the dates must still make a contract. */
    public void revise(Terms terms) {
        requireDraft("its terms are revised");
        apply(terms);
        if (terms.statutoryDirections() != null) {
            this.statutoryDirections = new ArrayList<>(terms.statutoryDirections());
        }
    }

    /**
     * Moves the contract to another status, if its lifecycle allows it from where it stands; a move it does not
     * allow is refused with the ones it does.
     */
    public void move(ContractStatus target) {
        Set<ContractStatus> allowed = status.next();
        if (!allowed.contains(target)) {
            throw ProblemException.conflict("A " + status + " contract can move to "
                    + (allowed.isEmpty() ? "no other status" : allowed.stream().map(Enum::name)
                    .sorted().collect(Collectors.joining(" or "))) + ", not " + target);
        }
        this.status = target;
    }

    /** Only a draft's terms and initial scope are edited directly; an agreed contract changes by notifiable change. */
    private void requireDraft(String what) {
        if (status != ContractStatus.DRAFT) {
            throw ProblemException.conflict("The contract is " + status + ": " + what
                    + " only while it is a DRAFT; afterwards it changes through a notifiable change request");
        }
    }

    /** Puts a service area in scope of a draft contract, from a date within the term and, optionally, to one. */
    public ServiceArea addToScope(String code, String name, LocalDate from, LocalDate to) {
        requireDraft("the scope is set");
        return putInScope(code, name, from, to);
    }

    /** A service transfer into the trust: the area is in scope from the effective date. */
    public ServiceArea transferIn(String code, String name, LocalDate effectiveDate) {
        if (scopeOn(effectiveDate).stream().anyMatch(area -> area.code().equals(code))) {
            throw ProblemException.conflict("The service area " + code + " is already in scope on " + effectiveDate);
        }
        return putInScope(code, name, effectiveDate, null);
    }

    /** A service transfer out of the trust: the area is in scope until the day before the effective date. */
    public ServiceArea transferOut(String code, LocalDate effectiveDate) {
        ServiceArea area = scopeOn(effectiveDate).stream().filter(candidate -> candidate.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.conflict("The service area " + code + " is not in scope on " + effectiveDate));
        area.endOn(effectiveDate.minusDays(1));
        return area;
    }

    /**
     * Corrects a service area of a draft contract's scope: its name and its dates, which must still fall within the
     * term and overlap no other period of the same area. Its code stays.
     */
    public ServiceArea correctScope(UUID areaId, String code, String name, LocalDate from, LocalDate to) {
        requireDraft("its scope is corrected");
        ServiceArea area = scopeArea(areaId);
        if (!area.code().equals(code)) {
            throw ProblemException.invalid("A service area's code cannot change: this one is " + area.code());
        }
        requireScopeDates(from, to);
        requireNoOverlap(code, from, to, area);
        area.correct(name, from, to);
        return area;
    }

    /** The service area of the contract's scope with that id. */
    public ServiceArea scopeArea(UUID areaId) {
        return scope.stream().filter(area -> area.id().equals(areaId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("service area of contract " + id, areaId));
    }

    private ServiceArea putInScope(String code, String name, LocalDate from, LocalDate to) {
        requireScopeDates(from, to);
        requireNoOverlap(code, from, to, null);
        ServiceArea area = new ServiceArea(UUID.randomUUID(), this, code, name, from, to);
        scope.add(area);
        return area;
    }

    private void requireScopeDates(LocalDate from, LocalDate to) {
        if (from.isBefore(commencementDate) || from.isAfter(expiryDate)) {
            throw ProblemException.invalid("A service area's in-scope-from date must fall within the contract's term ("
                    + commencementDate + " to " + expiryDate + "), not " + from);
        }
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalid("A service area's in-scope-to date " + to + " is before its in-scope-from date " + from);
        }
    }

    /** Refuses a period of an area that overlaps another period of it in scope, other than {@code except}'s own. */
    private void requireNoOverlap(String code, LocalDate from, LocalDate to, ServiceArea except) {
        boolean overlaps = scope.stream().anyMatch(area -> area != except && area.code().equals(code) && area.overlaps(from, to));
        if (overlaps) {
            throw ProblemException.conflict("The service area " + code + " is already in scope for part of that period");
        }
    }

    /** The service areas in scope on a date. */
    public List<ServiceArea> scopeOn(LocalDate date) {
        return scope.stream().filter(area -> area.inScopeOn(date))
                .sorted(Comparator.comparing(ServiceArea::code)).toList();
    }

    /** Every service area the contract has had in scope, with its dates. */
    public List<ServiceArea> scope() {
        return List.copyOf(scope);
    }

    public void recordStatutoryDirection(String reference) {
        if (!statutoryDirections.contains(reference)) {
            statutoryDirections = new ArrayList<>(statutoryDirections);
            statutoryDirections.add(reference);
        }
    }

    public List<String> statutoryDirections() {
        return List.copyOf(statutoryDirections);
    }

    /** The contract year that contains the date, e.g. 2015/16 for 12 November 2015 when years start on 1 October. */
    public YearPeriod contractYearOn(LocalDate date) {
        return YearPeriod.containing(date, contractYearStart());
    }

    /** The financial year that contains the date, e.g. 2015/16 for 12 November 2015. */
    public YearPeriod financialYearOn(LocalDate date) {
        return YearPeriod.containing(date, financialYearStart());
    }

    public boolean withinTerm(LocalDate date) {
        return !date.isBefore(commencementDate) && !date.isAfter(expiryDate);
    }

    /** Refuses a date outside the contract's term, naming what the date is (e.g. "effective date"). */
    public void requireWithinTerm(String what, LocalDate date) {
        if (!withinTerm(date)) {
            throw ProblemException.invalid("The " + what + " " + date + " must fall within the contract's term, "
                    + commencementDate + " to " + expiryDate);
        }
    }

    /** The contract year named like {@code 2014/15}, refused unless it is a year of this contract. */
    public YearPeriod contractYear(String label) {
        YearPeriod year = label != null && CONTRACT_YEAR.matcher(label).matches()
                ? YearPeriod.containing(contractYearStart().atYear(Integer.parseInt(label.substring(0, 4))), contractYearStart())
                : null;
        if (year == null || !year.label().equals(label) || !withinTerm(year.start())) {
            throw ProblemException.invalid("The contract year " + label + " is not a year of this contract, whose term is "
                    + commencementDate + " to " + expiryDate);
        }
        return year;
    }

    private void apply(Terms terms) {
        if (!terms.expiryDate().isAfter(terms.commencementDate())) {
            throw ProblemException.invalid("The expiry date " + terms.expiryDate()
                    + " must be after the commencement date " + terms.commencementDate());
        }
        this.reference = terms.reference();
        this.title = terms.title();
        this.commissioner = terms.commissioner();
        this.provider = terms.provider();
        this.commencementDate = terms.commencementDate();
        this.expiryDate = terms.expiryDate();
        this.contractYearStartMonth = terms.contractYearStart().getMonthValue();
        this.contractYearStartDay = terms.contractYearStart().getDayOfMonth();
        this.financialYearStartMonth = terms.financialYearStart().getMonthValue();
        this.financialYearStartDay = terms.financialYearStart().getDayOfMonth();
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public Party commissioner() {
        return commissioner;
    }

    public Party provider() {
        return provider;
    }

    public LocalDate commencementDate() {
        return commencementDate;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    public MonthDay contractYearStart() {
        return MonthDay.of(contractYearStartMonth, contractYearStartDay);
    }

    public MonthDay financialYearStart() {
        return MonthDay.of(financialYearStartMonth, financialYearStartDay);
    }

    public ContractStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    /** What the parties agreed: everything about the contract but its identity, status and version. */
    public record Terms(
            String reference,
            String title,
            Party commissioner,
            Party provider,
            LocalDate commencementDate,
            LocalDate expiryDate,
            MonthDay contractYearStart,
            MonthDay financialYearStart,
            List<String> statutoryDirections) {
    }
}
