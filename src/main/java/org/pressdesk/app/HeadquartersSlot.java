package org.pressdesk.app;

import java.security.cert.X509Certificate;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.signing.HeadquartersEnvelope;
import org.pressdesk.signing.SigningKey;
import org.pressdesk.local.DataDirectory;

/**
 * The key slot sealed for headquarters' certificate: the data key of an encrypted database, in CMS EnvelopedData
 * that only headquarters' private key opens. Headquarters can then open a field office's database when every
 * password and the printed recovery key are lost, and let an administrator set a new password. Adding the slot
 * rewrites the key file only, as every slot change does (decision 0016).
 */
public final class HeadquartersSlot {
    private HeadquartersSlot() {
    }

    /** Refuses, before anything is created, a file that is not a certificate a key can be sealed for. */
    public static void check(byte[] certificateFile, String fileName) {
        HeadquartersEnvelope.certificate(certificateFile, fileName);
    }

    /**
     * Seals the open database's data key for the certificate in {@code certificateFile} (PEM or DER, outside input
     * read by the caller within {@link HeadquartersEnvelope#MAX_CERTIFICATE_BYTES}), replacing an earlier seal.
     * Returns the certificate's SHA-256 fingerprint, which the audit trail records.
     */
    public static String seal(AppServices services, UserAccount actor, byte[] certificateFile, String fileName) {
        if (actor == null || !actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
        if (!services.encrypted()) {
            throw new PressDeskException("hq.notEncrypted", services.dataDirectory());
        }
        X509Certificate certificate = HeadquartersEnvelope.certificate(certificateFile, fileName);
        services.sessionKeySlots().sealForHeadquarters(secret -> HeadquartersEnvelope.seal(secret, certificate));
        String fingerprint = HeadquartersEnvelope.fingerprint(certificate);
        services.audit().record(actor, AuditKind.SETTING_CHANGED, null, "keys.headquarters sha256=" + fingerprint);
        return fingerprint;
    }

    /**
     * Opens an encrypted database with headquarters' private key, read from its PKCS#12 file with its password.
     * A key that is not the one the slot was sealed for, or a database without such a slot, is refused clearly.
     */
    public static AppServices unlock(DataDirectory directory, AppServices.Settings settings, byte[] pkcs12,
            char[] password, String fileName) {
        SigningKey key = HeadquartersEnvelope.key(pkcs12, password, fileName);
        return AppServices.unlockSealed(directory, settings, sealed -> HeadquartersEnvelope.open(sealed, key));
    }

    /**
     * With the database opened by {@link #unlock}: gives the active administrator {@code username} a new password
     * (and with it a new key slot), recorded in the audit trail as a recovery with headquarters' key.
     */
    public static UserAccount setPassword(AppServices services, String username, char[] newPassword) {
        UserAccount account = services.accounts().find(username)
                .filter(a -> a.active() && a.can(Role.ADMINISTRATOR))
                .orElseThrow(() -> new PressDeskException("hq.needsAdministrator", username));
        services.accounts().changePassword(account, account, newPassword);
        services.audit().record(account, AuditKind.ACCOUNT_CHANGED, null,
                "user=" + account.username() + " password set with headquarters' key");
        return account;
    }
}
