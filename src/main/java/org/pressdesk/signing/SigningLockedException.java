package org.pressdesk.signing;

import org.pressdesk.domain.PressDeskException;

/**
 * A published text must be signed, and the office's signing key is still locked: the front end asks for the
 * signing password, unlocks the key with {@link CertificateService#unlock} and tries again.
 */
public class SigningLockedException extends PressDeskException {
    private static final long serialVersionUID = 1L;

    private final long officeId;

    public SigningLockedException(long officeId, String officeCode) {
        super("signing.locked", officeCode);
        this.officeId = officeId;
    }

    public long officeId() {
        return officeId;
    }
}
