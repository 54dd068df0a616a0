package io.sdc.contract.audit;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.contract.changerequest.SeedContract;
import io.sdc.contract.contract.ContractTestSupport;
import io.sdc.platform.security.Roles;
import org.hamcrest.Matcher;
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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
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

        new History("service-area/" + fostering).actions("CREATED", "UPDATED")
                .by(1, "commissioner.user", "commissioner", "Fostering moves to the regional agency")
                .changed(1, "inScopeTo", null, "2016-03-31");
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

        new History("service-area/" + area).actions("CREATED", "UPDATED")
                .by(1, "commissioner.user", "commissioner", "In scope from commencement, as transferred")
                .changed(1, "name", "Fostring", "Fostering")
                .changed(1, "inScopeFrom", "2015-10-01", "2014-10-01");
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

        new History("change-request/" + change).actions("CREATED", "UPDATED", "UPDATED", "UPDATED")
                .by(2, "trust-finance.user", "trust-finance")
                .changed(2, "signatures", hasSize(0), contains(signature("trust-finance.user", "Director of Finance, DCST")))
                .by(3, "commissioner.user", "commissioner", "Met within the year")
                .changed(3, "status", "SUBMITTED", "REJECTED");
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

        new History("annual-review/" + review).actions("CREATED", "UPDATED")
                .by(1, "commissioner.user", "commissioner", "Date as minuted; the Chair attended")
                .changed(1, "reviewDate", "2015-12-09", "2015-12-10")
                .changed(1, "attendees", contains(attendee("Damian Allen"), attendee("Paul Moffat")),
                        contains(attendee("Damian Allen"), attendee("Paul Moffat"), attendee("Colin Hilton")));
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

    /** A change request's signature as its history records it: a map with that signer's name and position. */
    private static Matcher<Map<? extends String, ? extends String>> signature(String name, String position) {
        return allOf(hasEntry("name", name), hasEntry("position", position));
    }

    /** An attendee of an annual review as its history records them: a map with that name. */
    private static Matcher<Map<? extends String, ? extends String>> attendee(String name) {
        return hasEntry("name", name);
    }

    /**
     * One resource's audit history as an auditor reads it, checked record by record: each record's action, who made
     * it in which role (at a recorded time), why, and a field's value before and after.
     */
    private static final class History {

        private final ValidatableResponse answer;

        /** Reads the history of {@code resource}, a resource type and id ({@code "service-area/<id>"}). */
        History(String resource) {
            answer = as(Roles.AUDITOR).get("/api/v1/audit/" + resource).then().statusCode(200);
        }

        History actions(String... actions) {
            answer.body("action", contains(actions));
            return this;
        }

        /** Record {@code index} was made by {@code actor} in {@code role}, and says when. */
        History by(int index, String actor, String role) {
            answer.body("[" + index + "].actor", equalTo(actor))
                    .body("[" + index + "].role", equalTo(role))
                    .body("[" + index + "].changedAt", notNullValue());
            return this;
        }

        /** Record {@code index} was made by {@code actor} in {@code role}, says when, and gives {@code reason}. */
        History by(int index, String actor, String role, String reason) {
            by(index, actor, role).answer.body("[" + index + "].reason", equalTo(reason));
            return this;
        }

        /** Record {@code index} changed {@code field} from the value {@code from} matches to one {@code to} matches. */
        History changed(int index, String field, Matcher<?> from, Matcher<?> to) {
            String change = "[" + index + "].changes.find { it.field == '" + field + "' }";
            answer.body(change + ".from", from).body(change + ".to", to);
            return this;
        }

        /** Record {@code index} changed {@code field} from {@code from} to {@code to}. */
        History changed(int index, String field, Object from, Object to) {
            return changed(index, field, equalTo(from), equalTo(to));
        }
    }
}
