package io.sdc.performance.improvement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file taken as evidence of an improvement action, by media type: PDF, Word, Excel, CSV, PNG, JPEG and
 * plain text. A file's first bytes must be those of its kind (a PDF starts {@code %PDF-}, a Word or Excel document is
 * an OLE2 or ZIP container, a picture has its signature, text holds no NUL byte), so that a file named as one kind is
 * not another.
 */
public enum EvidenceMediaType {
    PDF("application/pdf", "PDF", bytes("%PDF-")),
    WORD("application/msword", "Word", Signatures.OLE2),
    WORD_OPEN_XML("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", Signatures.ZIP),
    EXCEL("application/vnd.ms-excel", "Excel", Signatures.OLE2),
    EXCEL_OPEN_XML("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", Signatures.ZIP),
    CSV("text/csv", "CSV", null),
    PNG("image/png", "PNG", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}),
    JPEG("image/jpeg", "JPEG", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    TEXT("text/plain", "plain text", null);

    private final String mediaType;
    private final String kind;
    private final byte[] signature;

    EvidenceMediaType(String mediaType, String kind, byte[] signature) {
        this.mediaType = mediaType;
        this.kind = kind;
        this.signature = signature;
    }

    /** The kind a Content-Type names (its parameters, such as charset, aside), if it is one taken. */
    public static Optional<EvidenceMediaType> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(base)).findFirst();
    }

    /** The media types taken, for a refusal or a document. */
    public static String described() {
        return Arrays.stream(values()).map(type -> type.mediaType).collect(Collectors.joining(", "));
    }

    public String mediaType() {
        return mediaType;
    }

    /** What people call it: PDF, Word, Excel, CSV, PNG, JPEG or plain text. */
    public String kind() {
        return kind;
    }

    /** Whether the bytes are of this kind: its signature first, or, for text, no NUL byte. */
    public boolean matches(byte[] content) {
        if (signature == null) {
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static final class Signatures {
        static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    }
}
