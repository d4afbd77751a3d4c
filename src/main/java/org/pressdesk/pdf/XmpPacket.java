package org.pressdesk.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet, written as text. xmpbox builds a DOM and serialises it through whatever XSLT engine is on
 * the class path; with Saxon there (veraPDF brings it to the tests) that made every export twenty times slower, and
 * even the JDK's engine costs more than the page. The packet only ever holds these few properties, so it is written
 * directly, with every value escaped for XML.
 */
final class XmpPacket {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder xml = new StringBuilder(2048);

    /** The fields of the packet; null or blank ones are left out. */
    record Fields(String title, String author, String subject, String language, String keywords, String creatorTool,
            Instant created, boolean pdfA) {
    }

    static byte[] write(Fields fields) {
        return new XmpPacket().build(fields).getBytes(StandardCharsets.UTF_8);
    }

    private String build(Fields f) {
        xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        open("dc", "http://purl.org/dc/elements/1.1/");
        xml.append("<dc:format>application/pdf</dc:format>\n");
        container("dc:title", "rdf:Alt", f.title(), true);
        container("dc:creator", "rdf:Seq", f.author(), false);
        container("dc:description", "rdf:Alt", f.subject(), true);
        container("dc:language", "rdf:Bag", f.language(), false);
        close();
        open("xmp", "http://ns.adobe.com/xap/1.0/");
        simple("xmp:CreateDate", DATE.format(f.created()));
        simple("xmp:ModifyDate", DATE.format(f.created()));
        simple("xmp:CreatorTool", f.creatorTool());
        close();
        open("pdf", "http://ns.adobe.com/pdf/1.3/");
        simple("pdf:Producer", DocumentMetadata.PRODUCER);
        simple("pdf:Keywords", f.keywords());
        close();
        if (f.pdfA()) {
            open("pdfaid", "http://www.aiim.org/pdfa/ns/id/");
            simple("pdfaid:part", "2");
            simple("pdfaid:conformance", "B");
            close();
        }
        xml.append("</rdf:RDF>\n</x:xmpmeta>\n");
        xml.append(" ".repeat(100)).append('\n');
        return xml.append("<?xpacket end=\"w\"?>").toString();
    }

    private void open(String prefix, String namespace) {
        xml.append("<rdf:Description rdf:about=\"\" xmlns:").append(prefix).append("=\"").append(namespace)
                .append("\">\n");
    }

    private void close() {
        xml.append("</rdf:Description>\n");
    }

    private void simple(String name, String value) {
        if (value != null && !value.isBlank()) {
            xml.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
        }
    }

    private void container(String name, String kind, String value, boolean defaultLanguage) {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.append('<').append(name).append("><").append(kind).append('>')
                .append(defaultLanguage ? "<rdf:li xml:lang=\"x-default\">" : "<rdf:li>")
                .append(escape(value)).append("</rdf:li></").append(kind).append("></").append(name).append(">\n");
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
