package io.sdc.notification.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a webhook goes, read strictly as a URI: scheme, host, port (explicit or the scheme's default) and path. A
 * subscription's URL is accepted only if it reads cleanly and falls under an entry of the allow-list: the same scheme,
 * the same host (exactly, ignoring case), the same port, and a path under the entry's path on a segment boundary.
 * <p>
 * Refused outright, whatever the allow-list says: user information ({@code user@host}), control characters (CR, LF,
 * tab), spaces, backslashes, characters outside ASCII, fragments, hosts written as an integer or in octal or
 * hexadecimal ({@code http://2130706433/}, {@code http://0x7f.1/}, {@code http://0177.0.0.1/}), hosts with a trailing
 * dot, percent-encoded hosts, and dot segments or encoded slashes in the path. IP literals (IPv4 or IPv6) are accepted
 * only where an allow-list entry names the same literal.
 */
public final class WebhookTarget {

    /** An allow-list entry's port that admits every port of its host, e.g. {@code http://localhost:*}. */
    public static final int ANY_PORT = -1;

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)(?:0x[0-9a-f]*|[0-9]+)");
    private static final Pattern CANONICAL_OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("(?i)%(?:2e|2f|5c|00)");

    private final String scheme;
    private final String host;
    private final int port;
    private final String path;

    private WebhookTarget(String scheme, String host, int port, String path) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.path = path;
    }

    /** Why a URL cannot be a webhook target, in words for the caller. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }

    /** A subscription's webhook URL; refused (with the reason) if it is not a plain http(s) URL. */
    public static WebhookTarget parse(String url) {
        return read(url, false);
    }

    /**
     * An entry of the allow-list: a URL whose path is the prefix allowed ({@code https://hooks.trust.example/sdc/}); no
     * path allows every path of the host; the port {@code *} allows every port of the host.
     */
    public static WebhookTarget allowListEntry(String entry) {
        return read(entry, true);
    }

    /** Whether this entry of the allow-list admits the target. */
    public boolean admits(WebhookTarget target) {
        return scheme.equals(target.scheme) && host.equals(target.host) && (port == ANY_PORT || port == target.port)
                && underPath(target.path);
    }

    private boolean underPath(String candidate) {
        if (candidate.equals(path) || path.equals("/")) {
            return true;
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        return candidate.startsWith(prefix);
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    /** The port the target is reached on: its explicit port or its scheme's default; {@link #ANY_PORT} for such an entry. */
    public int port() {
        return port;
    }

    public String path() {
        return path;
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + (port == ANY_PORT ? "*" : Integer.toString(port)) + path;
    }

    private static WebhookTarget read(String text, boolean entry) {
        if (text == null || text.isEmpty()) {
            throw new Refused("is required");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new Refused("must not contain a line break (CR or LF)");
            }
            if (c < 0x20 || c == 0x7f) {
                throw new Refused("must not contain control characters");
            }
            if (c == ' ') {
                throw new Refused("must not contain spaces");
            }
            if (c == '\\') {
                throw new Refused("must not contain backslashes");
            }
            if (c > 0x7e) {
                throw new Refused("must be ASCII: write an internationalised host name in its xn-- form and percent-encode the path");
            }
        }
        boolean anyPort = false;
        String uriText = text;
        if (entry) {
            int authorityStart = text.indexOf("://");
            if (authorityStart > 0) {
                int authorityEnd = text.indexOf('/', authorityStart + 3);
                authorityEnd = authorityEnd < 0 ? text.length() : authorityEnd;
                if (authorityEnd - 2 > authorityStart + 3 && text.startsWith(":*", authorityEnd - 2)) {
                    anyPort = true;
                    uriText = text.substring(0, authorityEnd - 2) + text.substring(authorityEnd);
                }
            }
        }
        URI uri;
        try {
            uri = new URI(uriText);
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URI: " + e.getReason() + " at index " + e.getIndex());
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new Refused("must be an absolute http or https URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("must use http or https, not " + scheme);
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null || authority.contains("@")) {
            throw new Refused("must not contain user information (user@host)");
        }
        if (authority.contains("%")) {
            throw new Refused("must not percent-encode its host");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment (#...)");
        }
        String host = host(uri, authority);
        int port = uri.getPort();
        if (anyPort) {
            if (port != -1) {
                throw new Refused("must give either a port or *, not both");
            }
            port = ANY_PORT;
        } else if (port == -1) {
            if (authority.endsWith(":")) {
                throw new Refused("must not have an empty port");
            }
            port = scheme.equals("https") ? 443 : 80;
        } else if (port < 1 || port > 65535) {
            throw new Refused("must have a port between 1 and 65535");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (ENCODED_SEPARATOR.matcher(path).find()) {
            throw new Refused("must not percent-encode dots, slashes, backslashes or NUL in its path");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new Refused("must not have . or .. segments in its path");
            }
        }
        if (entry && (uri.getRawQuery() != null)) {
            throw new Refused("an allow-list entry has no query");
        }
        return new WebhookTarget(scheme, host, port, path);
    }

    private static String host(URI uri, String authority) {
        String rawHost = uri.getHost();
        if (rawHost == null) {
            // java.net.URI leaves the host empty when the authority is not a server name it can read: integer and hex
            // hosts, labels with odd characters. Say which.
            String named = authority.contains(":") && !authority.startsWith("[")
                    ? authority.substring(0, authority.lastIndexOf(':')) : authority;
            if (numericHost(named.toLowerCase(Locale.ROOT))) {
                throw new Refused("must not write an IP address as an integer, in octal or in hexadecimal");
            }
            throw new Refused("must name a valid host");
        }
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            if (!IPV6_LITERAL.matcher(host).matches()) {
                throw new Refused("must name a valid IPv6 address");
            }
            return host;
        }
        if (host.endsWith(".")) {
            throw new Refused("must not end its host with a dot");
        }
        if (numericHost(host)) {
            String[] octets = host.split("\\.", -1);
            if (octets.length != 4) {
                throw new Refused("must not write an IP address as an integer, in octal or in hexadecimal");
            }
            for (String octet : octets) {
                if (!CANONICAL_OCTET.matcher(octet).matches() || Integer.parseInt(octet) > 255) {
                    throw new Refused("must not write an IP address as an integer, in octal or in hexadecimal");
                }
            }
            return host;
        }
        for (String label : host.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                throw new Refused("must name a valid host");
            }
        }
        if (NUMERIC_LABEL.matcher(host.substring(host.lastIndexOf('.') + 1)).matches()) {
            throw new Refused("must not write an IP address as an integer, in octal or in hexadecimal");
        }
        return host;
    }

    /** Whether a host is made of numeric labels only (decimal, or 0x hexadecimal): an IP address in some notation. */
    private static boolean numericHost(String host) {
        if (host.isEmpty()) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!label.isEmpty() && !NUMERIC_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The first entry of the allow-list that admits the target, if any. */
    public static Optional<WebhookTarget> admittedBy(java.util.List<WebhookTarget> allowList, WebhookTarget target) {
        return allowList.stream().filter(allowed -> allowed.admits(target)).findFirst();
    }
}
