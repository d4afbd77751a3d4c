package org.pressdesk.pdf;

/**
 * Whoever signs a PDF: the layout engine asks it for the CMS signature of the bytes the signature covers, without
 * knowing where the key lives or how the signature is made.
 */
public interface SignatureMaker {

    /** The name shown in the PDF's signature dictionary. */
    String signerName();

    /** The size, in bytes, of the certificates the signature will carry, to reserve room for them. */
    int certificateBytes();

    /** The detached CMS signature (adbe.pkcs7.detached) of {@code signedContent}. */
    byte[] sign(byte[] signedContent);
}
