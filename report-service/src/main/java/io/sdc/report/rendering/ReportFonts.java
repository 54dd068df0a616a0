package io.sdc.report.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one typeface every form of a report is set in (DejaVu Sans, Bitstream Vera licence, which allows embedding):
 * shipped with the service so that the PDF embeds it, the charts look the same on every machine, and £, en dashes and
 * arrows always have glyphs.
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";

    enum Face {
        REGULAR("DejaVuSans.ttf", 400, false),
        BOLD("DejaVuSans-Bold.ttf", 700, false),
        ITALIC("DejaVuSans-Oblique.ttf", 400, true);

        final String file;
        final int weight;
        final boolean italic;

        Face(String file, int weight, boolean italic) {
            this.file = file;
            this.weight = weight;
            this.italic = italic;
        }
    }

    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    private static final Map<Face, Font> AWT = new EnumMap<>(Face.class);

    private ReportFonts() {
    }

    static synchronized byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, f -> {
            try (InputStream in = ReportFonts.class.getResourceAsStream("/rendering/fonts/" + f.file)) {
                if (in == null) {
                    throw new IllegalStateException("The report font " + f.file + " is missing from the service");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static InputStream stream(Face face) {
        return new ByteArrayInputStream(bytes(face));
    }

    /** The face as a Java2D font of the given size in pixels. */
    static Font awt(Face face, float size) {
        Font base;
        synchronized (ReportFonts.class) {
            base = AWT.computeIfAbsent(face, f -> {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, stream(f));
                } catch (FontFormatException | IOException e) {
                    throw new IllegalStateException("The report font " + f.file + " cannot be read", e);
                }
            });
        }
        return base.deriveFont(size);
    }
}
