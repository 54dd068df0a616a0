package io.sdc.portal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The portal's own defences, without the services behind it: sign-in and sessions, form tokens, same-origin
 * posts, security headers, and error pages instead of stack traces (the services are unreachable here, which the
 * pages must say in words).
 */
@QuarkusTest
@QuarkusTestResource(LocalSigningKey.class)
class PortalSecurityTest {

    @BeforeAll
    static void noRedirects() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
    }

    @Test
    void aPageAsksWhoeverIsNotSignedInToSignIn() {
        given().get("/").then().statusCode(303).header("Location", containsString("/sign-in"));
        given().get("/signed-out").then().statusCode(200);
    }

    @Test
    void theLocalSignInOffersADemoPersonOfEachRoleAndSaysItIsLocal() {
        String page = given().get("/sign-in").then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("commissioner@local-stack", "trust-performance@local-stack", "trust-finance@local-stack",
                "auditor@local-stack", "admin@local-stack", "govuk-phase-banner", "Local");
        assertThat(page).containsOnlyOnce("<h1");
    }

    @Test
    void signingInSetsASealedHttpOnlySecureStrictCookie() {
        Response answer = signIn("auditor@local-stack");
        assertThat(answer.statusCode()).isEqualTo(303);
        String setCookie = answer.header("Set-Cookie");
        assertThat(setCookie).contains("sdc-session=", "HttpOnly", "Secure", "SameSite=Strict");
        assertThat(setCookie).doesNotContain("eyJ");
    }

    @Test
    void anUnknownPersonIsRefusedWithAnErrorSummaryNamingTheField() {
        String page = given().header("Origin", origin()).formParam("person", "someone@elsewhere").post("/sign-in")
                .then().statusCode(400).extract().asString();
        assertThat(page).contains("govuk-error-summary", "href=\"#person\"", "Select who you are signing in as");
        assertThat(page).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anAlteredSessionCookieIsNoSession() {
        Cookie session = signIn("commissioner@local-stack").getDetailedCookie("sdc-session");
        String value = session.getValue();
        // One character of the sealed bytes changed (the last may carry unused bits); never left as it was.
        char changed = value.charAt(value.length() - 2) == 'A' ? 'B' : 'A';
        String altered = value.substring(0, value.length() - 2) + changed + value.charAt(value.length() - 1);
        assertThat(altered).isNotEqualTo(value);
        given().cookie("sdc-session", altered).get("/").then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void aFormWithoutItsSessionTokenIsRefusedAndChangesNothing() {
        Cookie session = signIn("commissioner@local-stack").getDetailedCookie("sdc-session");
        given().cookie(session).header("Origin", origin()).post("/sign-out")
                .then().statusCode(403).body(containsString("nothing was changed"));
        given().cookie(session).header("Origin", origin()).formParam("csrf", "forged").post("/sign-out")
                .then().statusCode(403);
    }

    @Test
    void aPostFromAnotherSiteIsRefusedBeforeAnyHandler() {
        given().header("Origin", "https://attacker.example").formParam("person", "commissioner@local-stack").post("/sign-in")
                .then().statusCode(403).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().header("Sec-Fetch-Site", "cross-site").formParam("person", "commissioner@local-stack").post("/sign-in")
                .then().statusCode(403);
    }

    @Test
    void signingOutWithTheFormTokenEndsTheSession() {
        Cookie session = signIn("commissioner@local-stack").getDetailedCookie("sdc-session");
        String page = given().cookie(session).get("/signed-out").then().statusCode(200).extract().asString();
        String token = page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        Response out = given().cookie(session).header("Origin", origin()).formParam("csrf", token).post("/sign-out");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Set-Cookie")).contains("sdc-session=;").contains("Max-Age=0");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().get("/sign-in").then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theDesignSystemIsServedWithItsAssetsAndWithoutTheGovUkTypeface() {
        given().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").then().statusCode(200)
                .contentType(containsString("text/css"));
        given().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").then().statusCode(200);
        given().get("/webjars/chart.js/dist/chart.umd.js").then().statusCode(200);
        given().get("/assets/images/favicon.ico").then().statusCode(200);
        given().get("/static/portal.css").then().statusCode(200).body(containsString("system-ui"))
                .body(not(containsString("GDS Transport")));
    }

    @Test
    void aPageNeedingAnUnreachableServiceSaysSoWithoutAStackTrace() {
        Cookie session = signIn("commissioner@local-stack").getDetailedCookie("sdc-session");
        String page = given().cookie(session).get("/").then().statusCode(503).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(page).contains("Sorry, there is a problem with the service", "cannot be reached")
                .doesNotContain("Exception", "at io.", "{\"");
    }

    @Test
    void anUnknownAddressIsThePageNotFoundPage() {
        given().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found"));
    }

    private static Response signIn(String person) {
        return given().header("Origin", origin()).formParam("person", person).post("/sign-in");
    }

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }
}
