package org.pressdesk.publication;

import java.time.Instant;

/**
 * What checking a signed communiqué PDF found.
 *
 * @param signerName the signer's common name
 * @param signedAt the signing time the signature claims
 * @param signatureValid the signature is mathematically valid for the bytes it covers
 * @param certificateKnown the signing certificate is one of this database's office certificates
 * @param unchanged nothing was changed or added since signing
 * @param text whether the visible text is the approved revision's
 * @param title the communiqué's title in the database, or "" when it was not found
 * @param revision the revision the file claims, or 0
 * @param reference the communiqué's reference, or ""
 * @param anchor what the audit anchor the file carries says of this database's audit trail
 */
public record VerificationReport(String signerName, Instant signedAt, boolean signatureValid,
        boolean certificateKnown, boolean unchanged, TextMatch text, String title, int revision, String reference,
        AnchorMatch anchor) {

    /** How the file's text compares with the database. */
    public enum TextMatch {
        /** The text is the approved revision's, word for word. */
        MATCHES,
        /** The file names an approved revision but shows other text. */
        DIFFERS,
        /** The revision named is not the one that was approved. */
        NOT_APPROVED,
        /** No communiqué of this database carries the file's identifiers. */
        UNKNOWN
    }

    /** The audit chain's head the file carries, signed with the office's key, compared with this database. */
    public enum AnchorMatch {
        /** The file carries no anchor (made before anchors existed, or unsigned). */
        NONE,
        /** The anchor's signature is valid and this database's audit trail still holds that head. */
        HELD,
        /** The anchor is valid but the audit trail no longer holds that head: it was rewritten since. */
        REWRITTEN,
        /** The anchor's signature is not valid or not made with one of this database's certificates. */
        INVALID
    }

    /** Valid, made with a known certificate, unchanged, and saying what was approved. */
    public boolean trustworthy() {
        return signatureValid && certificateKnown && unchanged && text == TextMatch.MATCHES;
    }
}
