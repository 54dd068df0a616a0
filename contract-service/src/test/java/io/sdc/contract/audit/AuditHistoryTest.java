package io.sdc.contract.audit;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.contract.changerequest.SeedContract;
import io.sdc.contract.contract.ContractTestSupport;
import io.sdc.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.sdc.contract.changerequest.SeedContract.activeContract;
import static io.sdc.contract.changerequest.SeedContract.as;
import static io.sdc.contract.changerequest.SeedContract.etag;
import static io.sdc.contract.changerequest.SeedContract.signByBothParties;
import static io.sdc.contract.changerequest.SeedContract.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every kind of resource contract-service changes is in its audit history, with who changed it, in which role,
 * when, why, and each field before and after: contracts (see also ContractAuditTest), service areas, change requests
 * with their signatures, and annual reviews; a draft's service area and an annual review are corrected with If-Match and
 * a reason. A contract's changes are listed a page at a time, in time order.
 */
@QuarkusTest
class AuditHistoryTest {

    private static final String REVIEW = """
            {"contractYear":"2014/15","reviewDate":"%s","performanceSummary":"Improving or stable.",
             "strategicPriorities":["Reforming the Early Help system"],"areasOfJointFocus":[],%s}""";

    @Test
    void aServiceAreaTransferredOutShowsWhoEndedItsScopeWhenAndWhy() {
        String contract = activeContract();
        String fostering = as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scope").then().statusCode(200)
                .extract().path("find { it.code == 'fostering' }.id");
        String change = as(Roles.COMMISSIONER).body("""
                        {"type":"SERVICE_TRANSFER_OUT","title":"Fostering to the regional agency","rationale":"Regionalisation",
                         "effectiveDate":"2016-04-01","serviceArea":{"code":"fostering","name":"Fostering"}}""")
                .post("/api/v1/contracts/" + contract + "/change-requests").then().statusCode(201).extract().path("id");
        step(Roles.COMMISSIONER, change, "submission", null).then().statusCode(200);
        signByBothParties(change);
        step(Roles.COMMISSIONER, change, "approval", null).then().statusCode(200);
        String path = "/api/v1/change-requests/" + change;
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).header("Change-Reason", "Fostering moves to the regional agency")
                .body("{}").post(path + "/implementation").then().statusCode(200);

        as(Roles.AUDITOR).get("/api/v1/audit/service-area/" + fostering).then().statusCode(200)
                .body("action", contains("CREATED", "UPDATED"))
                .body("[1].actor", equalTo("commissioner.user"))
                .body("[1].role", equalTo("commissioner"))
                .body("[1].changedAt", notNullValue())
                .body("[1].reason", equalTo("Fostering moves to the regional agency"))
                .body("[1].changes.find { it.field == 'inScopeTo' }.from", equalTo(null))
                .body("[1].changes.find { it.field == 'inScopeTo' }.to", equalTo("2016-03-31"));
    }

    /** A draft contract's service area is corrected only from the contract's version read, and with a reason. */
    @Test
    void aDraftContractsServiceAreaIsCorrectedWithIfMatchAndAReasonAndTheHistoryShowsBothVersions() {
        String path = "/api/v1/contracts/" + ContractTestSupport.registerContract();
        String area = as(Roles.COMMISSIONER).body("{\"code\":\"fostering\",\"name\":\"Fostring\",\"inScopeFrom\":\"2015-10-01\"}")
                .post(path + "/scope").then().statusCode(201).extract().path("id");
        String correction = "{\"code\":\"fostering\",\"name\":\"Fostering\",\"inScopeFrom\":\"2014-10-01\"%s}";
        String corrected = path + "/scope/" + area;

        as(Roles.COMMISSIONER).header("Change-Reason", "x").body(correction.formatted("")).put(corrected).then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", "\"9\"").header("Change-Reason", "x").body(correction.formatted("")).put(corrected)
                .then().statusCode(412);
        String before = etag(path);
        as(Roles.COMMISSIONER).header("If-Match", before).body(correction.formatted("")).put(corrected).then().statusCode(400)
                .body("violations.field", contains("reason"));
        as(Roles.COMMISSIONER).header("If-Match", before).body(correction.formatted(",\"code\":\"adoption\"").replace(
                "\"code\":\"fostering\",", "")).header("Change-Reason", "x").put(corrected).then().statusCode(400);
        String after = as(Roles.COMMISSIONER).header("If-Match", before)
                .body(correction.formatted(",\"reason\":\"In scope from commencement, as transferred\"")).put(corrected)
                .then().statusCode(200).body("name", equalTo("Fostering")).body("inScopeFrom", equalTo("2014-10-01"))
                .extract().header("ETag");
        assertThat(after).isNotEqualTo(before).isEqualTo(etag(path));
        as(Roles.COMMISSIONER).header("If-Match", before).header("Change-Reason", "Again").body(correction.formatted(""))
                .put(corrected).then().statusCode(412);

        as(Roles.AUDITOR).get("/api/v1/audit/service-area/" + area).then().statusCode(200)
                .body("action", contains("CREATED", "UPDATED"))
                .body("[1].actor", equalTo("commissioner.user"))
                .body("[1].role", equalTo("commissioner"))
                .body("[1].changedAt", notNullValue())
                .body("[1].reason", equalTo("In scope from commencement, as transferred"))
                .body("[1].changes.find { it.field == 'name' }.from", equalTo("Fostring"))
                .body("[1].changes.find { it.field == 'name' }.to", equalTo("Fostering"))
                .body("[1].changes.find { it.field == 'inScopeFrom' }.from", equalTo("2015-10-01"))
                .body("[1].changes.find { it.field == 'inScopeFrom' }.to", equalTo("2014-10-01"));
    }

    @Test
    void aChangeRequestShowsEachSignatureAndTheRejectionWithItsReason() {
        String contract = activeContract();
        String change = as(Roles.TRUST_FINANCE).body("""
                        {"type":"BUDGET_VARIATION","title":"Placements","rationale":"Increased activity","effectiveDate":"2016-01-01",
                         "budget":{"financialYear":"2015/16","line":"placements","amount":"348000.00"}}""")
                .post("/api/v1/contracts/" + contract + "/change-requests").then().statusCode(201).extract().path("id");
        step(Roles.TRUST_FINANCE, change, "submission", null).then().statusCode(200);
        step(Roles.TRUST_FINANCE, change, "signatures", "{\"position\":\"Director of Finance, DCST\"}").then().statusCode(200)
                .body("awaitingParties", contains("COUNCIL"));
        step(Roles.COMMISSIONER, change, "rejection", "{\"comment\":\"Cabinet\"}").then().statusCode(400)
                .body("violations.field", contains("reason"));
        step(Roles.COMMISSIONER, change, "rejection", "{\"comment\":\"Cabinet\",\"reason\":\"Met within the year\"}").then()
                .statusCode(200).body("status", equalTo("REJECTED"))
                .body("steps[-1].reason", equalTo("Met within the year"))
                .body("awaitingParties", hasSize(0));

        as(Roles.AUDITOR).get("/api/v1/audit/change-request/" + change).then().statusCode(200)
                .body("action", contains("CREATED", "UPDATED", "UPDATED", "UPDATED"))
                .body("[2].actor", equalTo("trust-finance.user"))
                .body("[2].role", equalTo("trust-finance"))
                .body("[2].changedAt", notNullValue())
                .body("[2].changes.find { it.field == 'signatures' }.from", hasSize(0))
                .body("[2].changes.find { it.field == 'signatures' }.to[0].name", equalTo("trust-finance.user"))
                .body("[2].changes.find { it.field == 'signatures' }.to[0].position", equalTo("Director of Finance, DCST"))
                .body("[3].actor", equalTo("commissioner.user"))
                .body("[3].role", equalTo("commissioner"))
                .body("[3].reason", equalTo("Met within the year"))
                .body("[3].changes.find { it.field == 'status' }.from", equalTo("SUBMITTED"))
                .body("[3].changes.find { it.field == 'status' }.to", equalTo("REJECTED"));
    }

    /**
     * An annual review is corrected only from the version read (428 without If-Match, 412 when stale) and with a
     * reason (400 without); the history shows the correction with its author, reason and each field before and after.
     */
    @Test
    void anAnnualReviewIsCorrectedWithIfMatchAndAReasonAndTheHistoryShowsBothVersions() {
        String contract = activeContract();
        String review = as(Roles.COMMISSIONER).body(REVIEW.formatted("2015-12-09", SeedContract.ATTENDEES))
                .post("/api/v1/contracts/" + contract + "/annual-reviews").then().statusCode(201).extract().path("id");
        String path = "/api/v1/annual-reviews/" + review;
        String corrected = REVIEW.formatted("2015-12-10", """
                "attendees":[{"name":"Damian Allen","position":"Director of Children's Services, DMBC","party":"COUNCIL"},
                             {"name":"Paul Moffat","position":"Chief Executive, DCST","party":"TRUST"},
                             {"name":"Colin Hilton","position":"Chair, DCST","party":"TRUST"}]""");

        as(Roles.COMMISSIONER).header("Change-Reason", "Date as minuted").body(corrected).put(path).then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", "\"7\"").header("Change-Reason", "Date as minuted").body(corrected).put(path)
                .then().statusCode(412);
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body(corrected).put(path).then().statusCode(400)
                .body("violations.field", contains("reason"));
        as(Roles.TRUST_FINANCE).header("If-Match", etag(path)).header("Change-Reason", "x").body(corrected).put(path).then().statusCode(403);
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body(corrected.replace("\"2014/15\"", "\"2015/16\""))
                .header("Change-Reason", "Wrong year").put(path).then().statusCode(400);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"")
                .body(corrected.replace("\"areasOfJointFocus\":[]", "\"areasOfJointFocus\":[],\"reason\":\"Date as minuted; the Chair attended\""))
                .put(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("reviewDate", equalTo("2015-12-10")).body("attendees.name", contains("Damian Allen", "Paul Moffat", "Colin Hilton"));

        as(Roles.AUDITOR).get("/api/v1/audit/annual-review/" + review).then().statusCode(200)
                .body("action", contains("CREATED", "UPDATED"))
                .body("[1].actor", equalTo("commissioner.user"))
                .body("[1].role", equalTo("commissioner"))
                .body("[1].changedAt", notNullValue())
                .body("[1].reason", equalTo("Date as minuted; the Chair attended"))
                .body("[1].changes.find { it.field == 'reviewDate' }.from", equalTo("2015-12-09"))
                .body("[1].changes.find { it.field == 'reviewDate' }.to", equalTo("2015-12-10"))
                .body("[1].changes.find { it.field == 'attendees' }.from.name", contains("Damian Allen", "Paul Moffat"))
                .body("[1].changes.find { it.field == 'attendees' }.to.name", contains("Damian Allen", "Paul Moffat", "Colin Hilton"));
    }

    /**
     * A contract's changes, asked for a page at a time, are the whole list cut into pages: in the order they were
     * made, none twice, none left out, and a page past the end is empty.
     */
    @Test
    void aContractsChangesArePagedInTheOrderTheyWereMade() {
        String contract = activeContract();
        String changes = "/api/v1/audit/changes?contractId=" + contract;
        List<Map<String, Object>> all = as(Roles.AUDITOR).get(changes + "&size=200").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all).extracting(record -> Instant.parse((String) record.get("changedAt"))).isSorted();

        List<Map<String, Object>> paged = new ArrayList<>();
        int size = 3;
        for (int page = 0; page * size < all.size(); page++) {
            JsonPath answer = as(Roles.AUDITOR).get(changes + "&page=" + page + "&size=" + size).then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> records = answer.getList("");
            assertThat(records).hasSize(Math.min(size, all.size() - page * size));
            paged.addAll(records);
        }
        assertThat(paged).extracting(record -> record.get("revision") + "/" + record.get("resourceType") + "/" + record.get("resourceId"))
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(all.stream()
                        .map(record -> record.get("revision") + "/" + record.get("resourceType") + "/" + record.get("resourceId")).toList());
        int pastTheEnd = all.size() / size + 1;
        as(Roles.AUDITOR).get(changes + "&page=" + pastTheEnd + "&size=" + size).then().statusCode(200).body("", hasSize(0));
    }
}
