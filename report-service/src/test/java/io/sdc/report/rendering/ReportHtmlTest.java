package io.sdc.report.rendering;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static io.sdc.report.rendering.SampleDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReportHtmlTest {

    @Test
    void the_print_page_is_well_formed_xhtml_with_the_report_structure() throws Exception {
        String html = Renderers.HTML.render(everyBlock());
        Document page = xml(html);

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en-GB");
        assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(TITLE);
        assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(TITLE);
        assertThat(page.getElementsByTagName("h2").getLength()).as("Contents and two sections").isEqualTo(3);
        assertThat(page.getElementsByTagName("blockquote").item(0).getTextContent()).contains(QUOTE, ATTRIBUTION);
        assertThat(page.getElementsByTagName("th").item(0).getTextContent()).isEqualTo(HEADER);
        assertThat(page.getElementsByTagName("caption").item(0).getTextContent()).isEqualTo(TABLE_CAPTION);
        var image = (org.w3c.dom.Element) page.getElementsByTagName("img").item(0);
        assertThat(image.getAttribute("alt")).isEqualTo(CHART_DESCRIPTION);
        assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(html).contains("class=\"warning\"", NOTICE, "£49k", "38% → 23%", "@page");
    }

    @Test
    void hostile_text_is_escaped() throws Exception {
        String html = Renderers.HTML.render(hostile());

        assertThat(html).doesNotContain("<script>", "<b>bold</b>")
                .contains("&lt;script&gt;", "Tom &amp; &quot;Jerry&quot;");
        Document page = xml(html);
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(HOSTILE);
    }

    @Test
    void a_control_character_pasted_into_a_text_is_dropped_and_the_rest_kept() throws Exception {
        ReportDocument pasted = new ReportDocument("Bell\u0007 and form feed\f", null, java.util.List.of(),
                java.util.List.of(new ReportDocument.Section("Rationale",
                        java.util.List.of(new ReportDocument.Quote("Line one\u000Bline two", "Trust")))));

        assertThat(xml(Renderers.HTML.render(pasted)).getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("Bell and form feed");
        assertThat(Renderers.PDF.render(pasted)).isNotEmpty();
        assertThat(Renderers.DOCX.render(pasted)).isNotEmpty();
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
