package io.sdc.notification.subscription;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook URLs read as URIs and compared with the allow-list part by part; the usual tricks are refused. */
class WebhookTargetTest {

    private static final List<WebhookTarget> ALLOW_LIST = List.of(
            WebhookTarget.allowListEntry("https://hooks.trust.example/sdc"),
            WebhookTarget.allowListEntry("http://localhost:8080/"),
            WebhookTarget.allowListEntry("http://[::1]:9000/hooks/"),
            WebhookTarget.allowListEntry("http://127.0.0.1:9001"),
            WebhookTarget.allowListEntry("http://receiver.test:*/in"));

    private static boolean allowed(String url) {
        return WebhookTarget.admittedBy(ALLOW_LIST, WebhookTarget.parse(url)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', textBlock = """
            # What an entry covers.
            https://hooks.trust.example/sdc true
            https://hooks.trust.example/sdc/ true
            https://hooks.trust.example/sdc/events?token=abc true
            https://HOOKS.Trust.Example:443/sdc/events true
            HTTPS://hooks.trust.example/sdc/a/b true
            http://localhost:8080/anything true
            http://localhost:8080 true
            http://[::1]:9000/hooks/x true
            http://127.0.0.1:9001/x true
            http://receiver.test:1234/in/x true
            http://receiver.test/in true
            # Same text at the start, different host, port, scheme or path.
            https://hooks.trust.example.evil.example/sdc false
            https://hooks.trust.example:8443/sdc/x false
            http://hooks.trust.example/sdc/x false
            https://hooks.trust.example/sdcevil false
            https://hooks.trust.example/sd false
            https://hooks.trust.example/ false
            http://localhost:80/ false
            http://localhost:8081/ false
            http://localhost/ false
            http://[::1]:9001/hooks/x false
            http://[0:0:0:0:0:0:0:1]:9000/hooks/x false
            http://[::1]:9000/hook false
            http://127.0.0.1/x false
            http://receiver.test:1234/inside false
            """)
    void admitsWhatAnEntryCoversAndRefusesWhatNoEntryCovers(String url, boolean admitted) {
        assertThat(allowed(url)).as(url).isEqualTo(admitted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://user@hooks.trust.example/sdc",
            "https://user:pass@hooks.trust.example/sdc",
            "https://hooks.trust.example@evil.example/sdc",
            "https://@hooks.trust.example/sdc",
            "https://hooks.trust.example/sdc\r\nX-Injected: 1",
            "https://hooks.trust.example/sdc\n",
            "https://hooks.trust.example/sdc\t",
            "https://hooks.trust.example/sdc\u0000",
            "https://hooks.trust.example/s dc",
            " https://hooks.trust.example/sdc",
            "https://hooks.trust.example\\@evil.example/sdc",
            "https://hooks.trust.example/sdc\\..\\admin",
            "http://2130706433/",
            "http://017700000001/",
            "http://0x7f000001/",
            "http://0x7f.0.0.1/",
            "http://0177.0.0.1/",
            "http://127.1/",
            "http://127.000.000.001/",
            "http://256.0.0.1/",
            "http://localhost./",
            "https://hooks.trust.example./sdc",
            "https://hooks.trust.example.:443/sdc",
            "http://%6c%6fcalhost:8080/",
            "http://local%68ost:8080/",
            "http://[fe80::1%25eth0]:9000/hooks/",
            "http://[::1/",
            "https://hooks.trust.example/sdc#fragment",
            "https://hooks.trust.example/sdc#",
            "https://hooks.trust.example/sdc/../admin",
            "https://hooks.trust.example/sdc/./x",
            "https://hooks.trust.example/sdc/%2e%2e/admin",
            "https://hooks.trust.example/sdc%2fx",
            "https://hooks.trust.example:0/sdc",
            "https://hooks.trust.example:99999/sdc",
            "https://hooks.trust.example:/sdc",
            "https://hooks.trust.example:-1/sdc",
            "https://hooks.trust.example:*/sdc",
            "https://h\u00f6oks.trust.example/sdc",
            "https://exa_mple.example/sdc",
            "ftp://hooks.trust.example/sdc",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "//hooks.trust.example/sdc",
            "/sdc",
            "https:/sdc",
            "https://",
            ""})
    void refusesTricks(String url) {
        assertThatThrownBy(() -> WebhookTarget.parse(url)).as(url).isInstanceOf(WebhookTarget.Refused.class);
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> WebhookTarget.parse("http://2130706433/")).hasMessageContaining("integer");
        assertThatThrownBy(() -> WebhookTarget.parse("http://user@localhost:8080/")).hasMessageContaining("user information");
        assertThatThrownBy(() -> WebhookTarget.parse("http://localhost:8080/\r\n")).hasMessageContaining("CR or LF");
        assertThatThrownBy(() -> WebhookTarget.parse("http://localhost./")).hasMessageContaining("dot");
    }

    @Test
    void readsPortsAndPathsAsTheyAre() {
        WebhookTarget target = WebhookTarget.parse("HTTPS://Hooks.Trust.Example/sdc/in?x=1");
        assertThat(target.scheme()).isEqualTo("https");
        assertThat(target.host()).isEqualTo("hooks.trust.example");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.path()).isEqualTo("/sdc/in");
        assertThat(WebhookTarget.parse("http://localhost").port()).isEqualTo(80);
        assertThat(WebhookTarget.parse("http://localhost").path()).isEqualTo("/");
        assertThat(WebhookTarget.allowListEntry("http://localhost:*").port()).isEqualTo(WebhookTarget.ANY_PORT);
        assertThatThrownBy(() -> WebhookTarget.allowListEntry("http://localhost:*/a?q=1")).isInstanceOf(WebhookTarget.Refused.class);
    }
}
