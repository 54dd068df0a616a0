package io.sdc.performance.improvement.rest;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The file name of a {@code Content-Disposition} header (RFC 6266), sent with an upload or answered with a download. */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * The name a header gives: its {@code filename*} (RFC 8187, e.g. {@code UTF-8''caf%C3%A9.pdf}) if readable, else its
     * {@code filename}; none when it gives neither.
     */
    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        String plain = null;
        String extended = null;
        for (String parameter : parameters(header)) {
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = parameter.substring(equals + 1).strip();
            if (name.equals("filename*")) {
                extended = extended(value);
            } else if (name.equals("filename")) {
                plain = unquoted(value);
            }
        }
        return extended != null ? extended : plain;
    }

    /** The header a download is answered with: an ASCII name for old clients and the exact name in UTF-8. */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static List<String> parameters(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\' && i + 1 < header.length()) {
                part.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    private static String extended(String value) {
        String[] parts = value.split("'", 3);
        if (parts.length != 3) {
            return null;
        }
        try {
            return URLDecoder.decode(parts[2].replace("+", "%2B"), parts[0].isBlank() ? "UTF-8" : parts[0].strip());
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            return null;
        }
    }
}
