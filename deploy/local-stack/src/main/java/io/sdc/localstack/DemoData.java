package io.sdc.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.sdc.localstack.ServiceDefinition.CONTRACT;
import static io.sdc.localstack.ServiceDefinition.FINANCE;
import static io.sdc.localstack.ServiceDefinition.PERFORMANCE;

/**
 * The seeds' contract as it stood after its first Annual Contract Review (9 December 2015), loaded through the
 * services' public APIs: Doncaster Council's Service Delivery Contract with the Doncaster Children's Services Trust
 * (commenced 1 October 2014), its scope and statutory direction; PI basket version 1 with the seeds' indicators and
 * baselines and a year of the trust's observations; the year's inspections, the contract's milestones and the trust's
 * action plan for Ofsted's inspection of November 2015 (its 20 recommendations, actions and progress); the
 * risk-share mechanism; the 2014/15 budget with its year-end return and draft outturn, the approved 2015/16 budget with its first quarter's return, the indicative 2016/17 budget of £42.2m; and the review itself with
 * the three changes agreed in principle at it, waiting for the council's decisions.
 *
 * <p>Loaded once: when the contract's reference is already registered nothing is written. Either way the ids a
 * walkthrough needs are written to {@code demo.env}.
 */
final class DemoData {

    static final String REFERENCE = "DCST-SDC-2014";
    /** The demo people who act in their own names where the platform asks for two different people. */
    private static final String COUNCIL_OFFICER = "commissioner@local-stack";
    private static final String TRUST_OFFICER = "trust-performance@local-stack";
    private static final String FRAMEWORK =
            "Services for children in need of help and protection, children looked after and care leavers";
    /** The ids a complete load has, by their names in demo.env. */
    static final List<String> NAMES = List.of("CONTRACT", "REVIEW", "CWD_TRANSFER", "EARLY_HELP_HUB", "BASKET_REVISION",
            "BASKET_V1", "BASKET_V2", "BUDGET_2014_15", "BUDGET_2015_16", "BUDGET_2016_17");
    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final List<String> SCOPE_AT_TRANSFER = List.of("referral-and-response:Referral and Response",
            "child-protection:Child Protection", "looked-after-children:Looked After Children", "fostering:Fostering",
            "adoption:Adoption", "care-leavers:Care Leavers", "childrens-homes:Children's Homes",
            "youth-offending:Youth Offending Service");

    private final ServiceApi api;

    DemoData(ServiceApi api) {
        this.api = api;
    }

    /** Loads the demo data unless the seeds' contract is already there; answers whether it loaded it. */
    boolean loadUnlessPresent() throws IOException, InterruptedException {
        if (findContract().isPresent()) {
            return false;
        }
        String contract = registerContract();
        api.await(PERFORMANCE, "/api/v1/contracts/" + contract + "/baskets", answer -> answer.status() == 200, PROPAGATION,
                "performance-service to learn of the contract");
        api.await(FINANCE, "/api/v1/contracts/" + contract + "/budgets", answer -> answer.status() == 200, PROPAGATION,
                "finance-service to learn of the contract");
        String proposedBasket = loadPerformance(contract);
        loadFinance(contract);
        loadAnnualReview(contract, proposedBasket);
        return true;
    }

    /** The ids of the demo's resources, by the names the README's walkthrough uses; empty if the contract is not there. */
    Map<String, String> ids() throws IOException, InterruptedException {
        Map<String, String> ids = new LinkedHashMap<>();
        Optional<String> found = findContract();
        if (found.isEmpty()) {
            return ids;
        }
        String contract = found.get();
        ids.put("CONTRACT", contract);
        for (JsonNode review : api.get(CONTRACT, "auditor", "/api/v1/contracts/" + contract + "/annual-reviews", 200).body()) {
            if ("2014/15".equals(review.path("contractYear").asText())) {
                ids.put("REVIEW", review.path("id").asText());
            }
        }
        Map<String, String> changeNames = Map.of("NCR-1", "CWD_TRANSFER", "NCR-2", "EARLY_HELP_HUB", "NCR-3", "BASKET_REVISION");
        for (JsonNode change : api.get(CONTRACT, "auditor", "/api/v1/contracts/" + contract + "/change-requests", 200).body()) {
            String name = changeNames.get(change.path("reference").asText());
            if (name != null) {
                ids.put(name, change.path("id").asText());
            }
        }
        for (JsonNode basket : api.get(PERFORMANCE, "auditor", "/api/v1/contracts/" + contract + "/baskets", 200).body()) {
            ids.put("BASKET_V" + basket.path("number").asInt(), basket.path("id").asText());
        }
        for (JsonNode budget : api.get(FINANCE, "auditor", "/api/v1/contracts/" + contract + "/budgets", 200).body()) {
            ids.put("BUDGET_" + budget.path("financialYear").asText().replace('/', '_'), budget.path("id").asText());
        }
        return ids;
    }

    /** Writes {@code ids} as shell variables, for {@code source}. */
    static Path writeEnvironment(Path file, Map<String, String> ids) throws IOException {
        StringBuilder text = new StringBuilder("# The demo contract's ids, for the README's walkthrough. Use: source ")
                .append(file).append(System.lineSeparator());
        ids.forEach((name, id) -> text.append("export ").append(name).append('=').append(id).append(System.lineSeparator()));
        Files.writeString(file, text);
        return file;
    }

    private Optional<String> findContract() throws IOException, InterruptedException {
        for (int page = 0; ; page++) {
            JsonNode contracts = api.get(CONTRACT, "auditor", "/api/v1/contracts?size=200&page=" + page, 200).body();
            for (JsonNode contract : contracts) {
                if (REFERENCE.equals(contract.path("reference").asText())) {
                    return Optional.of(contract.path("id").asText());
                }
            }
            if (contracts.size() < 200) {
                return Optional.empty();
            }
        }
    }

    private String registerContract() throws IOException, InterruptedException {
        String contract = api.post(CONTRACT, "commissioner", "/api/v1/contracts", """
                {"reference":"%s","title":"Service Delivery Contract for Children's Social Care",
                 "commissioner":{"name":"Doncaster Metropolitan Borough Council","identifier":"E08000017"},
                 "provider":{"name":"Doncaster Children's Services Trust","identifier":"09133418"},
                 "commencementDate":"2014-10-01","expiryDate":"2024-09-30",
                 "contractYearStart":"--10-01","financialYearStart":"--04-01",
                 "statutoryDirections":["Direction under section 497A of the Education Act 1996 establishing the Trust, 2014"]}"""
                .formatted(REFERENCE), 201).id();
        for (String area : SCOPE_AT_TRANSFER) {
            String[] codeAndName = area.split(":", 2);
            api.post(CONTRACT, "commissioner", "/api/v1/contracts/" + contract + "/scope", """
                    {"code":"%s","name":"%s","inScopeFrom":"2014-10-01"}""".formatted(codeAndName[0], codeAndName[1]), 201);
        }
        api.update(CONTRACT, "commissioner", "POST", "/api/v1/contracts/" + contract, "/status",
                "{\"status\":\"ACTIVE\",\"comment\":\"Services transferred to the Trust on 1 October 2014\"}", 200);
        return contract;
    }

    /** Basket version 1 in force from commencement, a year of observations, the inspection, the milestones, and the
     * revised basket (version 2) drafted for the review; answers version 2's id. */
    private String loadPerformance(String contract) throws IOException, InterruptedException {
        indicator("RE-REFERRALS", "Re-referrals within 12 months", "PERCENT", "LOWER_IS_BETTER",
                "Referrals of children referred in the previous 12 months", "All referrals");
        indicator("CP-SECOND-TIME", "Child protection plans for a second or subsequent time", "PERCENT", "LOWER_IS_BETTER",
                "Children becoming subject to a plan for a second or subsequent time", "Children becoming subject to a plan");
        indicator("PLACEMENT-MOVES-3PLUS", "Looked-after children with three or more placements in the year", "PERCENT",
                "LOWER_IS_BETTER", "Children with three or more placements", "Children looked after");
        indicator("AGENCY-SOCIAL-WORKERS", "Frontline social work posts filled by agency staff", "PERCENT", "LOWER_IS_BETTER",
                "Frontline posts filled by agency staff", "Frontline social work posts");
        indicator("STAFF-TURNOVER", "Social work staff turnover over the last 12 months", "PERCENT", "LOWER_IS_BETTER",
                "Social workers who left in the last 12 months", "Average social work headcount");

        // Comparators: the reports say 23% re-referrals is better than national and regional performance, without values.
        String first = api.post(PERFORMANCE, "commissioner", "/api/v1/contracts/" + contract + "/baskets", null, 201).id();
        entry(first, "RE-REFERRALS", """
                {"baselineValue":38,"baselineDate":"2014-10-01","target":25,"toleranceKind":"THRESHOLD","tolerance":30,
                 "comparators":[{"kind":"NATIONAL","value":24,"dataYear":"2014/15"},{"kind":"REGIONAL","value":25,"dataYear":"2014/15"}]}""");
        entry(first, "CP-SECOND-TIME", """
                {"baselineValue":16,"baselineDate":"2014-10-01","target":14,"toleranceKind":"MARGIN","tolerance":2}""");
        entry(first, "PLACEMENT-MOVES-3PLUS", """
                {"baselineValue":11,"baselineDate":"2014-10-01","target":9,"toleranceKind":"THRESHOLD","tolerance":11}""");
        entry(first, "AGENCY-SOCIAL-WORKERS", """
                {"baselineValue":18,"baselineDate":"2014-10-01","target":12,"toleranceKind":"THRESHOLD","tolerance":16}""");
        entry(first, "STAFF-TURNOVER", """
                {"baselineValue":29,"baselineDate":"2014-10-01","target":20,"toleranceKind":"THRESHOLD","tolerance":25}""");
        api.update(PERFORMANCE, "commissioner", "POST", "/api/v1/baskets/" + first, "/activation",
                "{\"effectiveFrom\":\"2014-10-01\"}", 200);

        // The trust's first contract year, quarter by quarter, to the reports' figures twelve months after transfer:
        // re-referrals 38% to 23%, second child protection plans 16% to 13%, three or more moves 11% to 7%,
        // agency staff 18% to 10%, turnover 29% to 18%.
        // The trust submits each quarter; the council validates the first three (a council officer, never the person who
        // submitted them), the fourth awaits its validation.
        String[][] quarters = {
                {"2014-Q4", "72", "15", "40", "40", "65", "VALIDATED"},
                {"2015-Q1", "62", "15", "36", "35", "57", "VALIDATED"},
                {"2015-Q2", "52", "14", "32", "30", "50", "VALIDATED"},
                {"2015-Q3", "46", "13", "28", "25", "45", "PROVISIONAL"}};
        String observations = "/api/v1/contracts/" + contract + "/observations";
        for (String[] q : quarters) {
            ServiceApi.Answer submitted = api.post(PERFORMANCE, "trust-performance", observations, """
                    [{"indicatorCode":"RE-REFERRALS","period":"%1$s","numerator":%2$s,"denominator":200},
                     {"indicatorCode":"CP-SECOND-TIME","period":"%1$s","numerator":%3$s,"denominator":100},
                     {"indicatorCode":"PLACEMENT-MOVES-3PLUS","period":"%1$s","numerator":%4$s,"denominator":400},
                     {"indicatorCode":"AGENCY-SOCIAL-WORKERS","period":"%1$s","numerator":%5$s,"denominator":250},
                     {"indicatorCode":"STAFF-TURNOVER","period":"%1$s","numerator":%6$s,"denominator":250}]"""
                    .formatted((Object[]) q), 201);
            if (q[6].equals("VALIDATED")) {
                for (JsonNode observation : submitted.body()) {
                    api.as(COUNCIL_OFFICER).update(PERFORMANCE, "commissioner", "POST",
                            observations + "/" + observation.path("id").asText(), "/validation", null, 200);
                }
            }
        }

        // The year's inspections. The reports date only Ofsted's inspection of November 2015; the agencies' and the
        // children's homes' inspections are dated at the end of the contract year the Trust's annual report covers.
        String ofsted = api.post(PERFORMANCE, "commissioner", "/api/v1/contracts/" + contract + "/inspections", """
                {"inspectorate":"Ofsted","type":"%s","date":"2015-11-04","overallJudgement":"INADEQUATE","recommendations":20,
                 "areaJudgements":[{"area":"Children who need help and protection","judgement":"INADEQUATE"},
                   {"area":"Children looked after and achieving permanence","judgement":"REQUIRES_IMPROVEMENT"},
                   {"area":"Adoption performance","judgement":"GOOD"},
                   {"area":"Experience and progress of care leavers","judgement":"REQUIRES_IMPROVEMENT"},
                   {"area":"Leadership, management and governance","judgement":"REQUIRES_IMPROVEMENT"}]}""".formatted(FRAMEWORK), 201).id();
        for (String inspection : List.of("Independent fostering agency:GOOD", "Voluntary adoption agency:GOOD",
                "Children's home 1:GOOD", "Children's home 2:GOOD", "Children's home 3:GOOD", "Children's home 4:OUTSTANDING")) {
            String[] typeAndJudgement = inspection.split(":");
            api.post(PERFORMANCE, "commissioner", "/api/v1/contracts/" + contract + "/inspections", """
                    {"inspectorate":"Ofsted","type":"%s","date":"2015-09-30","overallJudgement":"%s","recommendations":0}"""
                    .formatted(typeAndJudgement[0], typeAndJudgement[1]), 201);
        }
        // The contract's milestones are judged by Ofsted's inspection of services for children in need, not by a home's.
        for (String milestone : List.of("Requires Improvement by April 2016:REQUIRES_IMPROVEMENT:2016-04-30",
                "Outstanding by October 2019:OUTSTANDING:2019-10-31")) {
            String[] parts = milestone.split(":");
            api.post(PERFORMANCE, "commissioner", "/api/v1/contracts/" + contract + "/milestones", """
                    {"title":"%s","targetJudgement":"%s","dueDate":"%s","inspectionType":"%s"}"""
                    .formatted(parts[0], parts[1], parts[2], FRAMEWORK), 201);
        }
        loadImprovementPlan(contract, ofsted);

        // The revised basket agreed at the review, with targets and tolerances reset after the baseline review.
        String revised = api.post(PERFORMANCE, "commissioner", "/api/v1/contracts/" + contract + "/baskets", null, 201).id();
        entry(revised, "RE-REFERRALS", """
                {"baselineValue":23,"baselineDate":"2015-09-30","target":21,"toleranceKind":"THRESHOLD","tolerance":24,
                 "comparators":[{"kind":"NATIONAL","value":24,"dataYear":"2014/15"},{"kind":"REGIONAL","value":25,"dataYear":"2014/15"}]}""");
        entry(revised, "CP-SECOND-TIME", """
                {"baselineValue":13,"baselineDate":"2015-09-30","target":12,"toleranceKind":"MARGIN","tolerance":2}""");
        entry(revised, "AGENCY-SOCIAL-WORKERS", """
                {"baselineValue":10,"baselineDate":"2015-09-30","target":8,"toleranceKind":"THRESHOLD","tolerance":12}""");
        return revised;
    }

    private void indicator(String code, String name, String unit, String polarity, String numerator, String denominator)
            throws IOException, InterruptedException {
        api.put(PERFORMANCE, "commissioner", "/api/v1/indicators/" + code, """
                {"name":"%s","definition":"%s, as defined in Schedule 2 of the contract","unit":"%s","polarity":"%s",
                 "frequency":"QUARTERLY","numeratorDefinition":"%s","denominatorDefinition":"%s","minimumDenominator":20,
                 "dataSource":"Trust case management system"}""".formatted(name, name, unit, polarity, numerator, denominator), 200, 201);
    }

    private void entry(String basket, String code, String json) throws IOException, InterruptedException {
        api.update(PERFORMANCE, "commissioner", "PUT", "/api/v1/baskets/" + basket, "/entries/" + code, json, 200);
    }

    /** The risk share, 2014/15 with its year-end return and draft outturn, 2015/16 with its first quarter, 2016/17 indicative. */
    private void loadFinance(String contract) throws IOException, InterruptedException {
        api.put(FINANCE, "commissioner", "/api/v1/contracts/" + contract + "/risk-share", """
                {"excludeDemandLed":false,
                 "overspendBands":[{"basis":"AMOUNT","trustSharePercent":30}],
                 "underspendBands":[{"upTo":"100000.00","basis":"AMOUNT","trustSharePercent":50},
                                    {"basis":"AMOUNT","trustSharePercent":25}]}""", 200);

        // The trust's first period, 6 December 2014 to 31 March 2015.
        String firstPeriod = approvedBudget(contract, "2014/15", "13500000.00",
                "staffing:Staffing:7000000.00:false", "placements:Placements for looked-after children:4500000.00:true",
                "overheads:Overheads and support services:2000000.00:false");
        String yearEnd = api.upload(FINANCE, "trust-finance", "/api/v1/budgets/" + firstPeriod + "/monitoring-returns?period=2015-03",
                "text/csv", """
                budget_line,actual_to_date,forecast_outturn
                staffing,6950000.00,6950000.00
                placements,4480000.00,4480000.00
                overheads,1972000.00,1972000.00
                """, 201).id();
        validateReturn(yearEnd);
        api.post(FINANCE, "commissioner", "/api/v1/budgets/" + firstPeriod + "/outturn", null, 200);

        String current = approvedBudget(contract, "2015/16", "42311000.00",
                "staffing:Staffing:18200000.00:false", "placements:Placements for looked-after children:12500000.00:true",
                "commissioned-services:Commissioned services:7611000.00:false",
                "overheads:Overheads and support services:4000000.00:false");
        String firstQuarter = api.upload(FINANCE, "trust-finance", "/api/v1/budgets/" + current + "/monitoring-returns?period=2015-Q2",
                "text/csv", """
                budget_line,actual_to_date,forecast_outturn
                staffing,4550000.00,18200000.00
                placements,3170000.00,12560000.00
                commissioned-services,1900000.00,7611000.00
                overheads,1000000.00,4000000.00
                """, 201).id();
        validateReturn(firstQuarter);

        // The indicative budget for 2016/17: the approved 2015/16 budget with Schedule 3's adjustments, £42.2m.
        String next = api.post(FINANCE, "commissioner", "/api/v1/contracts/" + contract + "/budgets",
                "{\"financialYear\":\"2016/17\"}", 201).id();
        for (String adjustment : List.of(
                "PAY_INFLATION:400000.00:1% pay award", "PRICE_INFLATION:250000.00:Contract price uplifts",
                "CHANGES_IN_LAW:39000.00:National Living Wage", "DEMAND_FOR_SERVICES:300000.00:Looked-after children numbers",
                "CONTRIBUTION_TO_COUNCIL_SAVINGS:-1100000.00:Contribution towards the Council's savings targets")) {
            String[] parts = adjustment.split(":", 3);
            api.update(FINANCE, "commissioner", "POST", "/api/v1/budgets/" + next, "/adjustments", """
                    {"category":"%s","amount":"%s","rationale":"%s"}""".formatted(parts[0], parts[1], parts[2]), 200);
        }
        api.update(FINANCE, "commissioner", "POST", "/api/v1/budgets/" + next, "/status",
                "{\"status\":\"CONFIRMED_IN_PRINCIPLE\"}", 200);
    }

    /** The council validates the trust's return, so that the forecast shows its figures as validated. */
    private void validateReturn(String monitoringReturn) throws IOException, InterruptedException {
        api.as(COUNCIL_OFFICER).update(FINANCE, "commissioner", "POST", "/api/v1/monitoring-returns/" + monitoringReturn,
                "/validation", null, 200);
    }

    private String approvedBudget(String contract, String year, String base, String... lines) throws IOException, InterruptedException {
        String budget = api.post(FINANCE, "commissioner", "/api/v1/contracts/" + contract + "/budgets",
                "{\"financialYear\":\"" + year + "\",\"baseAmount\":\"" + base + "\"}", 201).id();
        for (String line : lines) {
            String[] parts = line.split(":", 4);
            api.update(FINANCE, "commissioner", "PUT", "/api/v1/budgets/" + budget, "/lines/" + parts[0], """
                    {"name":"%s","amount":"%s","demandLed":%s}""".formatted(parts[1], parts[2], parts[3]), 200);
        }
        for (String status : List.of("CONFIRMED_IN_PRINCIPLE", "APPROVED")) {
            api.update(FINANCE, "commissioner", "POST", "/api/v1/budgets/" + budget, "/status",
                    "{\"status\":\"" + status + "\"}", 200);
        }
        return budget;
    }

    /** The first Annual Contract Review and the three changes agreed in principle at it. */
    private void loadAnnualReview(String contract, String proposedBasket) throws IOException, InterruptedException {
        String review = api.post(CONTRACT, "commissioner", "/api/v1/contracts/" + contract + "/annual-reviews", """
                {"contractYear":"2014/15","reviewDate":"2015-12-09",
                 "performanceSummary":"Performance across almost all key indicators is showing improvement or stability; the re-referral rate fell from 38% at transfer to 23%.",
                 "budgetConfirmedInPrinciple":{"amount":"42200000.00","financialYear":"2016/17"},
                 "strategicPriorities":["Improving quality of practice","Reforming the Early Help system",
                   "Development of a locality based delivery model","Delivery phase of innovation projects",
                   "Leading the sub-regional adoption agency project"],
                 "areasOfJointFocus":["Joint commissioning of placements with the Council and Doncaster CCG",
                   "Operational lead for the Corporate Parenting Board","Closer joint working on the Virtual School"],
                 "attendees":[{"name":"Damian Allen","position":"Director of Children's Services, DMBC","party":"COUNCIL"},
                   {"name":"Paul Moffat","position":"Chief Executive, DCST","party":"TRUST"}]}""",
                201).id();
        List<String> changes = List.of("""
                {"type":"SERVICE_TRANSFER_IN","title":"Transfer of the Children with Disability service to the Trust",
                 "rationale":"Closer alignment of the CWD team with Referral and Response and the locality social work teams; notifiable because inconsistent with the statutory direction that established the Trust",
                 "effectiveDate":"2016-04-01","requiresStatutoryDirection":true,
                 "serviceArea":{"code":"children-with-disability","name":"Children with Disability"}}""", """
                {"type":"SERVICE_TRANSFER_IN","title":"Management oversight of the Early Help Hub",
                 "rationale":"Co-location and management with the Trust's Referral and Response and MASH arrangements",
                 "effectiveDate":"2016-04-01",
                 "serviceArea":{"code":"early-help-hub","name":"Early Help Hub (management oversight)"}}""", """
                {"type":"PI_BASKET_REVISION","title":"A revised Performance Indicator basket",
                 "rationale":"Some measures are no longer relevant; targets and tolerances agreed after review of the Contract Baseline and updated statistical neighbour data",
                 "effectiveDate":"2016-04-01","basketVersionId":"%s"}""".formatted(proposedBasket));
        // Each change is agreed in principle by both parties' signatures, each given by a person of that party in their own name.
        String councilSignature = """
                {"position":"Director of People","comment":"Agreed in principle at the Annual Contract Review",
                 "annualReviewId":"%s","signedOn":"2015-12-09"}""".formatted(review);
        String trustSignature = """
                {"position":"Chief Executive, DCST","comment":"Agreed in principle at the Annual Contract Review",
                 "annualReviewId":"%s","signedOn":"2015-12-09"}""".formatted(review);
        for (String change : changes) {
            String id = api.post(CONTRACT, "commissioner", "/api/v1/contracts/" + contract + "/change-requests", change, 201).id();
            api.update(CONTRACT, "commissioner", "POST", "/api/v1/change-requests/" + id, "/submission", "{}", 200);
            api.as(COUNCIL_OFFICER)
                    .update(CONTRACT, "commissioner", "POST", "/api/v1/change-requests/" + id, "/signatures", councilSignature, 200);
            api.as(TRUST_OFFICER)
                    .update(CONTRACT, "trust-performance", "POST", "/api/v1/change-requests/" + id, "/signatures", trustSignature, 200);
        }
    }

    /**
     * The trust's action plan for Ofsted's inspection of November 2015, "a shared action plan aligned to the 20
     * recommendations within the Inspection Report", overseen by the Joint Council and Trust Strategic Inspection Group:
     * the inspection's 20 recommendations numbered 1 to 20 under the five areas it judged, a few actions against them
     * with owners and due dates, some progress, and the Group's first decisions. The seeds do not quote the report's
     * recommendations: their texts here are short summaries of the concerns the seeds report (children with
     * disabilities under-represented in child protection work, the Corporate Parenting Board, the virtual school).
     */
    private void loadImprovementPlan(String contract, String inspection) throws IOException, InterruptedException {
        List<String> areas = List.of("Children who need help and protection", "Children looked after and achieving permanence",
                "Adoption performance", "Experience and progress of care leavers", "Leadership, management and governance");
        String plan = api.post(PERFORMANCE, "commissioner", "/api/v1/contracts/" + contract + "/improvement-plans", """
                {"title":"Shared action plan: Ofsted inspection of November 2015","agreedOn":"2015-12-09","themes":["%s"]}"""
                .formatted(String.join("\",\"", areas)), 201).id();
        String[][] recommendations = {
                {"0", "Improve the recognition of and response to children with disabilities who need protection", ""},
                {"0", "Ensure that assessments are timely and analyse risk, and that plans are specific and measurable", "RE-REFERRALS"},
                {"0", "Ensure that strategy discussions involve all relevant agencies and are recorded", ""},
                {"0", "Ensure that children who go missing are offered return interviews and the information is used", ""},
                {"0", "Reduce the number of children subject to a second or subsequent child protection plan", "CP-SECOND-TIME"},
                {"0", "Ensure that managers' oversight and supervision are regular, recorded and drive plans forward", ""},
                {"1", "Improve the stability of placements for children looked after", "PLACEMENT-MOVES-3PLUS"},
                {"1", "Increase the proportion of children looked after who attend a school that is good or better", ""},
                {"1", "Improve the quality and consistency of Personal Education Plans", ""},
                {"1", "Narrow the gap in educational attainment between children in care and their peers", ""},
                {"1", "Ensure that children's views inform their reviews and plans", ""},
                {"2", "Sustain the timeliness of matching and placing children for adoption", ""},
                {"3", "Ensure that care leavers have pathway plans that address their needs, including accommodation", ""},
                {"3", "Increase the proportion of care leavers in education, employment or training", ""},
                {"3", "Ensure that care leavers know their entitlements", ""},
                {"4", "Strengthen the Corporate Parenting Board so that it challenges and evidences its impact", ""},
                {"4", "Ensure that performance management and quality assurance lead to improvement in practice", ""},
                {"4", "Reduce the reliance on agency social workers and the turnover of social work staff", "AGENCY-SOCIAL-WORKERS"},
                {"4", "Ensure that the Local Safeguarding Children Board monitors the effectiveness of early help", ""},
                {"4", "Ensure that the joint working protocol for the virtual school leads to better outcomes", ""}};
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < recommendations.length; i++) {
            String[] r = recommendations[i];
            String indicators = r[2].isEmpty() ? "[]" : "[\"" + r[2] + "\"]";
            ids.add(api.post(PERFORMANCE, "commissioner", "/api/v1/improvement-plans/" + plan + "/recommendations", """
                    {"number":"%d","text":"%s","theme":"%s","indicatorCodes":%s,
                     "source":{"kind":"OFSTED_INSPECTION","inspectionId":"%s","title":"Ofsted inspection of services for children in need of help and protection, children looked after and care leavers","date":"2015-11-04"}}"""
                    .formatted(i + 1, r[1], areas.get(Integer.parseInt(r[0])), indicators, inspection), 201).id());
        }
        // The Strategic Inspection Group's first decisions: most stay under its monitoring; adoption, judged Good, becomes
        // business as usual; early help passes to the Local Safeguarding Children Board.
        for (int i = 0; i < ids.size(); i++) {
            String decision = i == 11 ? "{\"status\":\"BUSINESS_AS_USUAL\",\"decidedOn\":\"2016-01-20\",\"reason\":\"Adoption performance judged Good: managed in the service\"}"
                    : i == 18 ? "{\"status\":\"MONITORED_BY_OTHER_BODY\",\"monitoringBody\":\"Doncaster Safeguarding Children Board\",\"decidedOn\":\"2016-01-20\",\"reason\":\"The Board's own recommendation\"}"
                    : "{\"status\":\"MONITORED_BY_IMPROVEMENT_BOARD\",\"decidedOn\":\"2016-01-20\",\"reason\":\"Monitored by the Strategic Inspection Group until evidenced\"}";
            api.as(COUNCIL_OFFICER).update(PERFORMANCE, "commissioner", "POST", "/api/v1/recommendations/" + ids.get(i), "/decisions", decision, 200);
        }
        String[][] actions = {
                {"0", "Align the Children with Disability team with Referral and Response and the locality teams", "TRUST", "Head of Service, Children with Disability", "2016-04-30"},
                {"1", "Audit 40 assessments a month against the practice standard and report to the Group", "TRUST", "Head of Quality Assurance", "2016-03-31"},
                {"7", "Joint work with head teacher groups on school places for children looked after", "COUNCIL", "Virtual School Head", "2016-07-31"},
                {"8", "Joint training on Personal Education Plans for social workers, designated teachers and carers", "TRUST", "Virtual School and Looked After Children service", "2016-06-30"},
                {"15", "Revised terms of reference and a new Chair for the Corporate Parenting Board; its reporting improved", "COUNCIL", "Director of People", "2016-02-29"}};
        List<String> actionIds = new java.util.ArrayList<>();
        for (String[] a : actions) {
            actionIds.add(api.as(TRUST_OFFICER).post(PERFORMANCE, "trust-performance", "/api/v1/recommendations/" + ids.get(Integer.parseInt(a[0])) + "/actions", """
                    {"title":"%s","ownerParty":"%s","owner":"%s","dueDate":"%s"}""".formatted(a[1], a[2], a[3], a[4]), 201).id());
        }
        api.as(TRUST_OFFICER).update(PERFORMANCE, "trust-performance", "POST", "/api/v1/improvement-actions/" + actionIds.get(0), "/progress", """
                {"commentary":"CWD social workers now attend Referral and Response strategy discussions","status":"ON_TRACK"}""", 200);
        api.as(TRUST_OFFICER).update(PERFORMANCE, "trust-performance", "POST", "/api/v1/improvement-actions/" + actionIds.get(1), "/progress", """
                {"commentary":"January's audit done: 31 of 40 assessments met the standard","status":"AT_RISK",
                 "evidence":["https://trust.example/quality-assurance/assessment-audit-2016-01.pdf"]}""", 200);
        api.as(COUNCIL_OFFICER).update(PERFORMANCE, "commissioner", "POST", "/api/v1/improvement-actions/" + actionIds.get(4), "/progress", """
                {"commentary":"Terms of reference revised and a new Chair appointed","status":"ON_TRACK"}""", 200);
        api.as(COUNCIL_OFFICER).update(PERFORMANCE, "commissioner", "POST", "/api/v1/improvement-actions/" + actionIds.get(4), "/completion", null, 200);
        // The trust names the new owner of its Personal Education Plan training after its restructure (a re-plan it may make
        // itself; the title, owner party and due date are the council's to change).
        api.as(TRUST_OFFICER).update(PERFORMANCE, "trust-performance", "PUT", "/api/v1/improvement-actions/" + actionIds.get(3), "", """
                {"title":"%s","ownerParty":"TRUST","owner":"Head of the Virtual School","dueDate":"%s",
                 "reason":"The Virtual School and the Looked After Children service now report to one head"}""".formatted(actions[3][1], actions[3][4]), 200);
        loadMonitoringVisit(plan, ids, areas.get(0));
    }

    /**
     * Ofsted's first monitoring visit after the inspection, recorded with its findings, each mapped to a recommendation of
     * the plan: a strength of the Corporate Parenting Board (16), the quality of assessments (2) and the stability of
     * the workforce (18) still areas for improvement, and one raising a new recommendation (21, protecting children at
     * risk of sexual exploitation, as seed 003's visit found), OPEN until the Strategic Inspection Group decides.
     */
    private void loadMonitoringVisit(String plan, List<String> recommendations, String helpAndProtection) throws IOException, InterruptedException {
        api.post(PERFORMANCE, "commissioner", "/api/v1/improvement-plans/" + plan + "/reviews", """
                {"kind":"MONITORING_VISIT","title":"Ofsted monitoring visit 9-10 March 2016","heldOn":"2016-03-09","reportedOn":"2016-04-04",
                 "reviewer":"Ofsted","summary":"Leaders have responded purposefully to the inspection's recommendations; the quality of practice is not yet consistently good",
                 "findings":[
                  {"text":"The Corporate Parenting Board, under its new Chair, challenges services and reports its impact","judgement":"STRENGTH","recommendationId":"%s"},
                  {"text":"Assessments are more timely, but their analysis of risk remains inconsistent","judgement":"AREA_FOR_IMPROVEMENT","recommendationId":"%s"},
                  {"text":"The workforce is not yet stable: social worker turnover and the reliance on agency staff remain high","judgement":"AREA_FOR_IMPROVEMENT","recommendationId":"%s"},
                  {"text":"Arrangements to protect children at risk of sexual exploitation do not yet consistently ensure they are protected","judgement":"AREA_FOR_IMPROVEMENT",
                   "recommendation":{"number":"21","theme":"%s","text":"Ensure that children at risk of sexual exploitation are identified early and consistently protected","indicatorCodes":[]}}]}"""
                .formatted(recommendations.get(15), recommendations.get(1), recommendations.get(17), helpAndProtection), 201);
    }
}
