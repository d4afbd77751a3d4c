package org.pressdesk.pdf;

/** The document information entries that tie an exported PDF to its communiqué and revision in the database. */
public final class PdfIdentifiers {
    public static final String UUID = "PressDesk-UUID";
    public static final String REVISION = "PressDesk-Revision";
    public static final String SHA256 = "PressDesk-SHA256";
    public static final String REFERENCE = "PressDesk-Reference";

    private PdfIdentifiers() {
    }
}
