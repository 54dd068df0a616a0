package io.sdc.endtoend;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person in a browser window on the portal: signs in as a demo person, visits pages, fills and sends forms, and
 * checks every page it lands on as the issue asks of every page: no serious or critical axe-core violation, exactly
 * one {@code h1}, no stack trace or raw JSON, and every stylesheet, script, font and image it asked for answered
 * (none 4xx/5xx, none failed).
 */
final class Visitor implements AutoCloseable {

    /**
     * What a page must never show a person: a Java exception (a class name such as IllegalStateException, or
     * "Exception:"), a stack frame, or an API's answer as raw JSON. A quarterly pack's "Exceptions" (its red and amber
     * indicators, as committee reports call them) is the domain's word, not an error.
     */
    private static final Pattern UNFIT = Pattern.compile(
            "[A-Za-z]Exception\\b|Exception:|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|\\{\\s*\"[a-zA-Z]+\"\\s*:|application/problem\\+json|stackTrace");

    final BrowserPlatform.Portal portal;
    final BrowserContext context;
    final Page page;
    private final List<String> failedRequests = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();

    Visitor(BrowserPlatform.Portal portal) {
        this.portal = portal;
        this.context = portal.browser.newContext(new Browser.NewContextOptions().setBaseURL(portal.url())
                .setLocale("en-GB").setViewportSize(1280, 900));
        this.context.setDefaultTimeout(15_000);
        this.page = context.newPage();
        page.onResponse(this::noteFailure);
        page.onRequestFailed(request -> failedRequests.add(request.method() + " " + request.url() + " failed: " + request.failure()));
    }

    private void noteFailure(Response response) {
        // The page itself is judged by the test (a refusal may be what it expects); everything it loads must arrive.
        if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
            failedRequests.add(response.request().method() + " " + response.url() + " -> " + response.status());
        }
    }

    /** Signs in on the local sign-in page as a demo person, e.g. {@code commissioner@local-stack}. */
    Visitor signIn(String person) {
        page.navigate("/sign-in");
        page.locator("input[name=person][value='" + person + "']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> !url.contains("/sign-in"));
        assertThat(page.locator(".sdc-account").textContent()).as("the header after signing in").contains("Signed in as");
        return this;
    }

    /** Signs out with the header's button; answers the page it lands on. */
    Visitor signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
        page.waitForURL(url -> url.endsWith("/signed-out"));
        return this;
    }

    /** Opens a page of the portal by its path and checks it; it must answer 200. */
    Visitor visit(String path) {
        return visit(path, 200);
    }

    /** Opens a page of the portal by its path and checks it; it must answer {@code status}. */
    Visitor visit(String path, int status) {
        Response response = page.navigate(path);
        assertThat(response).as("the answer to " + path).isNotNull();
        assertThat(response.status()).as("the status of " + path + " (" + page.url() + "):\n" + mainText()).isEqualTo(status);
        return checked();
    }

    /** Clicks a link by its accessible name and checks the page it leads to. */
    Visitor follow(String linkName) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkName)).first().click();
        page.waitForLoadState();
        return checked();
    }

    /** Clicks a button by its accessible name (a form's submit) and checks the page the browser shows next. */
    Visitor press(String buttonName) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(buttonName).setExact(true)).click();
        page.waitForLoadState();
        return checked();
    }

    /**
     * Checks the page now shown as every page is checked: exactly one h1, nothing unfit for a person to read, every
     * resource it loaded answered, and no serious or critical accessibility violation.
     */
    Visitor checked() {
        long begun = System.nanoTime();
        page.waitForLoadState();
        String where = page.url();
        visited.add(where);
        assertThat(page.locator("h1").count()).as("the number of h1 headings on " + where).isEqualTo(1);
        String text = page.locator("body").innerText();
        assertThat(UNFIT.matcher(text).find()).as("a stack trace or raw JSON on " + where + ":\n" + text).isFalse();
        long read = System.nanoTime();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        if (page.locator("[data-chart]").count() > 0) {
            // Chart.js is fetched by the page's script after it has loaded: wait for it too.
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        }
        long idle = System.nanoTime();
        assertThat(failedRequests).as("requests of " + where + " that failed").isEmpty();
        accessible();
        System.out.printf("checked %s: read %d ms, network idle %d ms, axe %d ms%n", where.substring(portal.url().length()),
                (read - begun) / 1_000_000, (idle - read) / 1_000_000, (System.nanoTime() - idle) / 1_000_000);
        return this;
    }

    /** Runs axe-core on the page; fails on any serious or critical violation, naming each with its elements. */
    Visitor accessible() {
        // Legacy mode runs axe-core in the page itself (the pages have no frames), without opening a second page to
        // combine frames' results: under a second a page here instead of about three.
        List<Rule> violations = new AxeBuilder(page).setLegacyMode(true).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(violations).as(() -> "axe-core violations on " + page.url() + ":\n" + describe(violations)).isEmpty();
        return this;
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp())
                    .append(' ').append(rule.getHelpUrl()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                text.append("    ").append(node.getTarget()).append(": ").append(node.getHtml()).append('\n');
                if (node.getFailureSummary() != null) {
                    text.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Keeps a full-page screenshot of what is shown as {@code <screenshots>/<name>.png}, the tests' evidence. */
    Visitor screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(portal.screenshots.resolve(name + ".png")).setFullPage(true));
        return this;
    }

    /** The text of the page's main content. */
    String mainText() {
        Locator main = page.locator("main");
        return main.count() == 1 ? main.innerText() : page.locator("body").innerText();
    }

    /** The text of the h1 heading. */
    String heading() {
        return page.locator("h1").innerText().trim();
    }

    /** The form token of this session, as the page's forms carry it. */
    String formToken() {
        return page.locator("input[name=csrf]").first().inputValue();
    }

    /**
     * Sends a form as this browser window's session would (its cookies), from the portal's own origin unless told
     * otherwise; redirects are not followed, so the portal's own answer is returned.
     */
    APIResponse post(String path, Map<String, String> fields, Map<String, String> headers) {
        FormData form = FormData.create();
        fields.forEach(form::set);
        RequestOptions options = RequestOptions.create().setForm(form).setMaxRedirects(0).setHeader("Origin", portal.url());
        headers.forEach(options::setHeader);
        return context.request().post(portal.url() + path, options);
    }

    /** Whether the header says someone is signed in (the page is shown again first). */
    boolean signedIn() {
        page.navigate("/");
        return page.locator(".sdc-account").count() == 1;
    }

    /** Forms on the page that send a POST, as {@code action} values (the header's sign-out among them). */
    List<String> postForms() {
        return page.locator("form").all().stream()
                .filter(form -> "post".equalsIgnoreCase(String.valueOf(form.getAttribute("method"))))
                .map(form -> String.valueOf(form.getAttribute("action")))
                .collect(Collectors.toList());
    }

    /** The pages this window was checked on, in order. */
    List<String> visited() {
        return List.copyOf(visited);
    }

    Path screenshotFile(String name) {
        return portal.screenshots.resolve(name + ".png");
    }

    /** Types a date into the design system's date input named {@code name}: its day, month and year inputs. */
    Visitor fillDate(String name, String day, String month, String year) {
        page.fill("#" + name + "-day", day);
        page.fill("#" + name + "-month", month);
        page.fill("#" + name + "-year", year);
        return this;
    }

    @Override
    public void close() {
        context.close();
    }
}
