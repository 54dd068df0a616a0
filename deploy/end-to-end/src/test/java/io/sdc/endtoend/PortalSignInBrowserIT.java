package io.sdc.endtoend;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real Chromium, before anyone does any work in it: the local sign-in page under the local stack,
 * each role signing in and out, the design system's styles and assets arriving, and the keyboard's first stop.
 */
@Order(10)
@ExtendWith(BrowserPlatform.class)
class PortalSignInBrowserIT {

    /** The demo people, one per role, with the role the header names. */
    private static final Map<String, String> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("commissioner@local-stack", "Commissioner");
        PEOPLE.put("trust-performance@local-stack", "Trust performance officer");
        PEOPLE.put("trust-finance@local-stack", "Trust finance officer");
        PEOPLE.put("auditor@local-stack", "Auditor");
        PEOPLE.put("admin@local-stack", "Platform administrator");
    }

    private static BrowserPlatform.Portal portal;
    private static Visitor anonymous;

    @BeforeAll
    static void openABrowser(BrowserPlatform.Portal shared) {
        portal = shared;
        anonymous = portal.anonymous();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (anonymous != null) {
            anonymous.close();
        }
    }

    @Test
    void offersTheDemoPeopleOnALocalSignInPageAndAsksWhoWhenNoneIsChosen() {
        anonymous.visit("/sign-in").screenshot("sign-in");

        assertThat(anonymous.heading()).isEqualTo("Sign in");
        assertThat(anonymous.page.locator(".govuk-phase-banner").innerText()).contains("Local");
        List<String> offered = new ArrayList<>();
        for (var radio : anonymous.page.locator("input[type=radio][name=person]").all()) {
            offered.add(radio.getAttribute("value"));
            // Every choice is labelled.
            assertThat(anonymous.page.locator("label[for='" + radio.getAttribute("id") + "']").count()).isEqualTo(1);
        }
        assertThat(offered).containsExactlyElementsOf(PEOPLE.keySet());

        anonymous.press("Sign in");
        assertThat(anonymous.page.locator(".govuk-error-summary").innerText()).contains("Select who you are signing in as");
        assertThat(anonymous.page.locator(".govuk-error-summary a").getAttribute("href")).isEqualTo("#person");
        assertThat(anonymous.page.locator("#person-error").innerText()).contains("Select who you are signing in as");
        assertThat(anonymous.page.title()).startsWith("Error:");
        assertThat(anonymous.page.locator(".sdc-account").count()).as("signed in after an empty choice").isZero();
        anonymous.screenshot("sign-in-error");
    }

    @Test
    void signsEachRoleInShowsThePersonInTheHeaderAndSignsThemOut() {
        for (Map.Entry<String, String> person : PEOPLE.entrySet()) {
            try (Visitor visitor = portal.signedInAs(person.getKey())) {
                // Signing in lands on the home page.
                assertThat(visitor.page.url()).isEqualTo(portal.url() + "/");
                visitor.checked();
                String header = visitor.page.locator(".sdc-account").innerText();
                assertThat(header).as("the header of " + person.getKey()).contains("Signed in as", person.getValue());
                assertThat(visitor.page.locator(".govuk-phase-banner").innerText()).contains("Local");
                if (person.getKey().startsWith("commissioner")) {
                    visitor.screenshot("home-commissioner");
                }

                visitor.signOut().checked();
                assertThat(visitor.heading()).isEqualTo("You have signed out");
                assertThat(visitor.page.locator(".sdc-account").count()).isZero();
                assertThat(visitor.context.cookies().stream().filter(cookie -> cookie.name.equals("sdc-session")
                        && !cookie.value.isEmpty())).as("the session cookie after signing out").isEmpty();

                Response home = visitor.page.navigate("/");
                assertThat(visitor.page.url()).as(person.getKey() + " after signing out, asking for the home page")
                        .endsWith("/sign-in");
                assertThat(home.status()).isEqualTo(200);
            }
        }
    }

    @Test
    void loadsTheDesignSystemsStylesScriptsAndAssetsFromThePortal() {
        try (Visitor visitor = portal.signedInAs("trust-finance@local-stack")) {
            List<String> loaded = new ArrayList<>();
            visitor.page.onResponse(response -> loaded.add(response.status() + " " + response.url()
                    .substring(portal.url().length())));
            visitor.visit("/");

            assertThat(loaded).contains(
                    "200 /webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                    "200 /webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                    "200 /static/portal.css",
                    "200 /static/portal.js");
            // The design system's stylesheet is applied, not only fetched: its heading's colour and weight.
            assertThat(visitor.page.locator("h1").evaluate("element => getComputedStyle(element).color"))
                    .isEqualTo("rgb(11, 12, 12)");
            assertThat(visitor.page.locator("h1").evaluate("element => getComputedStyle(element).fontWeight"))
                    .isEqualTo("700");
            assertThat(visitor.page.locator("body").getAttribute("class")).contains("js-enabled", "govuk-frontend-supported");
            // The compiled stylesheet asks for its images and fonts under /assets/, which the portal serves.
            APIResponse crest = visitor.context.request().get(portal.url() + "/assets/images/favicon.svg");
            assertThat(crest.status()).isEqualTo(200);
            assertThat(crest.headers().get("content-type")).contains("svg");
        }
    }

    @Test
    void makesTheSkipLinkTheFirstStopOfTheKeyboard() {
        try (Visitor visitor = portal.signedInAs("auditor@local-stack")) {
            visitor.visit("/");
            visitor.page.keyboard().press("Tab");
            var focused = visitor.page.locator(":focus");
            assertThat(focused.innerText()).isEqualTo("Skip to main content");
            assertThat(focused.getAttribute("href")).isEqualTo("#main-content");
            visitor.screenshot("skip-link-focused");

            visitor.page.keyboard().press("Enter");
            assertThat(visitor.page.url()).endsWith("#main-content");
            assertThat(visitor.page.evaluate("() => document.activeElement.id")).isEqualTo("main-content");
        }
    }
}
