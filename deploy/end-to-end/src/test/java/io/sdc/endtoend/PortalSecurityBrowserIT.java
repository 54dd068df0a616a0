package io.sdc.endtoend;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What protects a signed-in person's session in a real browser: the headers of every page, the session cookie's
 * attributes, and forms refused (403, nothing changed) when they lack the session's form token or come from another
 * site.
 */
@Order(11)
@ExtendWith(BrowserPlatform.class)
class PortalSecurityBrowserIT {

    private static final String ATTACKER = "http://attacker.example";

    private static BrowserPlatform.Portal portal;
    @BrowserPlatform.SignedInAs("commissioner@local-stack")
    private static Visitor commissioner;

    @Test
    void servesPagesWithAStrictContentSecurityPolicyNoFramingNoCachingAndAStrictSessionCookie() {
        Response home = commissioner.page.navigate("/");
        commissioner.checked();
        Map<String, String> headers = home.allHeaders();

        String policy = headers.get("content-security-policy");
        assertThat(policy).as("Content-Security-Policy").isNotNull()
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                        "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(headers.get("cache-control")).contains("no-store");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");

        Cookie session = commissioner.context.cookies(portal.url()).stream()
                .filter(cookie -> cookie.name.equals("sdc-session")).findFirst().orElseThrow();
        assertThat(session.httpOnly).as("HttpOnly").isTrue();
        assertThat(session.secure).as("Secure").isTrue();
        assertThat(session.sameSite).as("SameSite").isEqualTo(SameSiteAttribute.STRICT);
        // Scripts on the page cannot read it.
        assertThat((String) commissioner.page.evaluate("() => document.cookie")).doesNotContain("sdc-session");

        // Also the pages before signing in, and the error pages.
        try (Visitor anonymous = portal.anonymous()) {
            Response signIn = anonymous.page.navigate("/sign-in");
            assertThat(signIn.allHeaders().get("content-security-policy")).isEqualTo(policy);
            assertThat(signIn.allHeaders().get("cache-control")).contains("no-store");
        }
        Response missing = commissioner.page.navigate("/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.allHeaders().get("content-security-policy")).isEqualTo(policy);
        commissioner.checked();
    }

    @Test
    void refusesAFormWithoutTheSessionsFormTokenAndChangesNothing() {
        commissioner.visit("/");
        String token = commissioner.formToken();
        assertThat(token).isNotBlank();

        APIResponse withoutToken = commissioner.post("/sign-out", Map.of(), Map.of());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.text()).contains("Your form could not be sent");

        APIResponse withAnotherToken = commissioner.post("/sign-out", Map.of("csrf", "A" + token.substring(1)), Map.of());
        assertThat(withAnotherToken.status()).isEqualTo(403);

        assertThat(commissioner.signedIn()).as("still signed in after the refused forms").isTrue();
    }

    @Test
    void refusesAFormSentFromAnotherSiteAndChangesNothing() {
        commissioner.visit("/");
        String token = commissioner.formToken();

        // A form with the right token but another site's Origin.
        APIResponse fromAnotherOrigin = commissioner.post("/sign-out", Map.of("csrf", token), Map.of("Origin", ATTACKER));
        assertThat(fromAnotherOrigin.status()).isEqualTo(403);
        assertThat(fromAnotherOrigin.text()).contains("sent from another site");

        // A page of another site in the same browser, whose form posts to the portal: the browser says where it came from.
        commissioner.page.route(ATTACKER + "/**", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("text/html")
                .setBody("<!DOCTYPE html><html lang=en><title>Win a prize</title><h1>Win a prize</h1>"
                        + "<form method=post action='" + portal.url() + "/sign-out'>"
                        + "<input type=hidden name=csrf value='" + token + "'><button>Claim</button></form></html>")));
        commissioner.page.navigate(ATTACKER + "/prize");
        Response refused = commissioner.page.waitForResponse(response -> response.url().endsWith("/sign-out"),
                () -> commissioner.page.click("text=Claim"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(commissioner.page.locator("body").innerText()).contains("sent from another site");
        commissioner.page.unrouteAll();

        assertThat(commissioner.signedIn()).as("still signed in after the forms from another site").isTrue();
    }
}
