package org.pressdesk.pdf;

/** The document information entries that tie an exported PDF to its communiqué and revision in the database. */
public final class PdfIdentifiers {
    public static final String UUID = "PressDesk-UUID";
    public static final String REVISION = "PressDesk-Revision";
    public static final String SHA256 = "PressDesk-SHA256";
    public static final String REFERENCE = "PressDesk-Reference";
    /** The audit chain's head signed with the office's key when the file was made (decision 0037). */
    public static final String AUDIT_ANCHOR = "PressDesk-AuditAnchor";

    private PdfIdentifiers() {
    }
}
