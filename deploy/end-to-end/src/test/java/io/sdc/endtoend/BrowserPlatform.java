package io.sdc.endtoend;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The platform the browser tests share, started once for all of them in a test run: the launcher (as
 * {@code deploy/run-local} runs it) with the demo data loaded, and the machine's Chromium driven by Playwright. It is
 * its own platform, in its own data directory, apart from the API end-to-end tests' (which change the same demo
 * data), and stops when the run ends. A test class asks for it with {@code @ExtendWith(BrowserPlatform.class)} and a
 * {@link Portal} parameter, for instance of its {@code @BeforeAll} method, or a static {@link Portal} field. Before
 * the class's tests, its static fields are given what they ask for: a {@link Portal} field the platform, a
 * {@link Visitor} field marked {@link SignedInAs} a browser window of its own signed in as that demo person (closed
 * after the class's tests), a {@code String} field marked {@link DemoId} that id of the demo data.
 */
final class BrowserPlatform implements ParameterResolver, BeforeAllCallback {

    /** A static {@link Visitor} field to sign in, before the class's tests, as this demo person. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface SignedInAs {
        /** The demo person, e.g. {@code commissioner@local-stack}. */
        String value();
    }

    /** A static {@code String} field to set to this id of the demo data (a key of {@code demo.env}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface DemoId {
        /** The key, e.g. {@code CONTRACT}. */
        String value();
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Portal.class;
    }

    /** Why the platform did not start, so that the later browser test classes fail at once instead of trying again. */
    private static volatile RuntimeException failedStart;

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return portal(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            if (field.getType() == Portal.class) {
                field.set(null, portal(context));
            } else if (field.isAnnotationPresent(SignedInAs.class)) {
                Visitor visitor = portal(context).signedInAs(field.getAnnotation(SignedInAs.class).value());
                context.getStore(NAMESPACE).put(field.getName(), (AutoCloseable) visitor::close);
                field.set(null, visitor);
            } else if (field.isAnnotationPresent(DemoId.class)) {
                field.set(null, portal(context).demo.get(field.getAnnotation(DemoId.class).value()));
            }
        }
    }

    private static Portal portal(ExtensionContext context) {
        if (failedStart != null) {
            throw new IllegalStateException("The browser tests' platform did not start: " + failedStart.getMessage(), failedStart);
        }
        try {
            return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Portal.class, type -> Portal.start(), Portal.class);
        } catch (RuntimeException e) {
            failedStart = e;
            throw e;
        }
    }

    /** The running platform with its portal, the demo contract's ids, and the browser. */
    static final class Portal implements AutoCloseable {

        final RunningPlatform platform;
        final Map<String, String> demo;
        final Path screenshots;
        final Duration started;
        private final Playwright playwright;
        final Browser browser;

        private Portal(RunningPlatform platform, Map<String, String> demo, Path screenshots, Duration started,
                       Playwright playwright, Browser browser) {
            this.platform = platform;
            this.demo = demo;
            this.screenshots = screenshots;
            this.started = started;
            this.playwright = playwright;
            this.browser = browser;
        }

        static Portal start() {
            Path executable = Chromium.executable();
            Path screenshots = Path.of(System.getProperty("sdc.screenshots.directory", "target/screenshots")).toAbsolutePath();
            RunningPlatform platform = null;
            Playwright playwright = null;
            try {
                Files.createDirectories(screenshots);
                Instant begun = Instant.now();
                platform = RunningPlatform.inFreshDirectory("end-to-end-browser");
                String printed = platform.start();
                if (!printed.contains("Demo data loaded")) {
                    throw new IllegalStateException("The demo data was not loaded:\n" + printed);
                }
                Duration started = Duration.between(begun, Instant.now());
                System.out.println("Browser tests' platform started in " + started.toSeconds() + " s; portal at "
                        + platform.portalUrl());
                playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable).setHeadless(true));
                return new Portal(platform, platform.demo(), screenshots, started, playwright, browser);
            } catch (Exception | Error e) {
                stopQuietly(playwright, platform);
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("The browser tests' platform did not start", e);
            }
        }

        private static void stopQuietly(Playwright playwright, RunningPlatform platform) {
            if (playwright != null) {
                playwright.close();
            }
            if (platform != null) {
                try {
                    platform.stop();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The portal's address, without a trailing slash. */
        String url() {
            return platform.portalUrl();
        }

        /** A new browser window (its own cookies) signed in as a demo person, e.g. {@code commissioner@local-stack}. */
        Visitor signedInAs(String person) {
            return new Visitor(this).signIn(person);
        }

        /** A new browser window, signed in as nobody. */
        Visitor anonymous() {
            return new Visitor(this);
        }

        private boolean closed;

        @Override
        public synchronized void close() throws InterruptedException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                playwright.close();
            } finally {
                platform.stop();
            }
        }
    }
}
