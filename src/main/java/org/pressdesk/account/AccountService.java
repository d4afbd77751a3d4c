package org.pressdesk.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.Database;
import org.pressdesk.store.StoredAccount;
import org.pressdesk.store.UserRepository;

/** Accounts and sign-in. Passwords are checked against slow salted hashes and never stored. */
public final class AccountService {
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,80}");

    private final Database database;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;
    private final Sleeper sleeper;
    private final SignInThrottle throttle;
    private final KeySlotKeeper keySlots;

    public AccountService(Database database, UserRepository users, PasswordHasher hasher, AuditTrail audit,
            Clock clock, Sleeper sleeper, SignInThrottle throttle, KeySlotKeeper keySlots) {
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.sleeper = sleeper;
        this.throttle = throttle;
        this.keySlots = keySlots;
    }

    public boolean hasAccounts() {
        return users.count() > 0;
    }

    /** Creates the first account, an administrator; refused once any account exists. */
    public UserAccount createFirstAdministrator(String username, String displayName, char[] password) {
        checkNewAccount(username, password);
        String hash = hasher.hash(password);
        return database.inTransaction(() -> {
            if (users.count() > 0) {
                throw new PressDeskException("account.alreadyInitialized");
            }
            UserAccount created = users.insert(username, nameOr(displayName, username), Role.ADMINISTRATOR, hash,
                    clock.instant());
            audit.record(created, AuditKind.ACCOUNT_CREATED, null,
                    "user=" + created.username() + " role=ADMINISTRATOR");
            return created;
        });
    }

    /** An administrator adds an account. */
    public UserAccount createAccount(UserAccount actor, String username, String displayName, Role role,
            char[] password) {
        requireAdministrator(actor);
        checkNewAccount(username, password);
        String hash = hasher.hash(password);
        if (users.findByUsername(username).isPresent()) {
            throw new PressDeskException("account.exists", username.strip());
        }
        keySlots.accountAdded(username, password);
        try {
            return database.inTransaction(() -> {
                if (users.findByUsername(username).isPresent()) {
                    throw new PressDeskException("account.exists", username.strip());
                }
                UserAccount created = users.insert(username, nameOr(displayName, username), role, hash,
                        clock.instant());
                audit.record(actor, AuditKind.ACCOUNT_CREATED, null, "user=" + created.username() + " role=" + role);
                return created;
            });
        } catch (RuntimeException e) {
            keySlots.accountRemoved(username);
            throw e;
        }
    }

    /** Signs in from this computer; see {@link #signIn(String, char[], SignInSource)}. */
    public UserAccount signIn(String username, char[] password) {
        return signIn(username, password, SignInSource.thisComputer());
    }

    /**
     * Signs in. Refuses with the same words whether the account is unknown or the password wrong; after repeated
     * attempts on a name or from a source, each attempt waits longer before it is checked (the same for names that
     * are no account). Every attempt is written to the audit trail, with the wait it was given.
     */
    public UserAccount signIn(String username, char[] password, SignInSource source) {
        String name = username == null ? "" : username.strip();
        Duration wait = throttle.beforeAttempt(name, source);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        Optional<StoredAccount> stored = name.isEmpty() ? Optional.empty() : users.findForSignIn(name);
        if (stored.isEmpty()) {
            hasher.burn(password == null ? new char[0] : password);
            audit.record(null, name, AuditKind.SIGN_IN_FAILED, null, withWait("unknown", wait));
            throw new PressDeskException("signIn.refused");
        }
        StoredAccount account = stored.get();
        boolean valid = password != null && hasher.matches(password, account.passwordHash());
        if (!valid || !account.account().active()) {
            users.recordFailure(account.account().id(), clock.instant());
            audit.record(account.account().id(), account.account().username(), AuditKind.SIGN_IN_FAILED, null,
                    withWait(valid ? "inactive" : "password", wait));
            throw new PressDeskException("signIn.refused");
        }
        users.clearFailures(account.account().id());
        throttle.succeeded(name, source);
        audit.record(account.account(), AuditKind.SIGN_IN, null, wait.isZero() ? null : withWait("", wait).strip());
        return account.account();
    }

    private static String withWait(String detail, Duration wait) {
        return wait.isZero() ? detail : detail + " waited=" + wait.toMillis() + "ms";
    }

    /**
     * Every account, for an administrator. Others may not see who has an account: sign-in hides whether a name
     * exists, and a list open to all would give the names away.
     */
    public List<UserAccount> list(UserAccount actor) {
        requireAdministrator(actor);
        return users.list();
    }

    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username);
    }

    public void changePassword(UserAccount actor, UserAccount target, char[] newPassword) {
        if (actor.id() != target.id()) {
            requireAdministrator(actor);
        }
        checkPassword(newPassword);
        storePassword(actor, target, newPassword, Reset.NONE, "password");
    }

    /**
     * Whether this account's owner must choose a new password before doing anything else (after an administrator's
     * reset asked for it); the window and the command line ask for it right after the sign-in.
     */
    public boolean mustChangePassword(UserAccount account) {
        return users.mustChangePassword(account.id());
    }

    /**
     * The owner of an account whose password was reset chooses their own, typed twice: refused when the two differ
     * the password is too short, or it is the handed-over one again. Their key slot follows the new password.
     */
    public void chooseOwnPassword(UserAccount account, char[] newPassword, char[] repeated) {
        if (newPassword == null || repeated == null || !java.util.Arrays.equals(newPassword, repeated)) {
            throw new PressDeskException("account.passwordsDiffer");
        }
        checkPassword(newPassword);
        boolean same = users.findForSignIn(account.username())
                .map(stored -> hasher.matches(newPassword, stored.passwordHash())).orElse(false);
        if (same) {
            throw new PressDeskException("account.passwordUnchanged");
        }
        storePassword(account, account, newPassword, Reset.NONE, "password chosen after reset");
    }

    /** Whether a new password comes from an administrator's reset, and whether its owner must then change it. */
    private enum Reset { NONE, HANDED_OVER, TO_CHANGE }

    private void storePassword(UserAccount actor, UserAccount target, char[] password, Reset reset, String what) {
        String hash = hasher.hash(password);
        keySlots.passwordChanging(target.username(), password);
        database.inTransaction(() -> {
            users.updatePassword(target.id(), hash, reset == Reset.TO_CHANGE, clock.instant());
            if (reset != Reset.NONE) {
                users.clearFailures(target.id());
                throttle.forgive(target.username());
            }
            audit.record(actor, AuditKind.ACCOUNT_CHANGED, null, "user=" + target.username() + " " + what);
        });
        keySlots.passwordChanged(target.username(), password);
    }

    /** An account and the password to hand over to its owner, shown once. */
    public record HandedOver(UserAccount account, char[] password) {
    }

    /** An administrator adds an account with a random first password, returned to be handed over. */
    public HandedOver createAccount(UserAccount actor, String username, String displayName, Role role) {
        char[] password = NewPasswords.random();
        return new HandedOver(createAccount(actor, username, displayName, role, password), password);
    }

    /** An administrator gives an account another role; the last active administrator keeps theirs. */
    public UserAccount changeRole(UserAccount actor, UserAccount target, Role role) {
        requireAdministrator(actor);
        return database.inTransaction(() -> {
            UserAccount current = users.findById(target.id()).orElseThrow();
            if (current.role() == role) {
                return current;
            }
            refuseLosingLastAdministrator(current);
            users.updateRole(current.id(), role, clock.instant());
            audit.record(actor, AuditKind.ACCOUNT_CHANGED, null, "user=" + current.username() + " role=" + role);
            return users.findById(current.id()).orElseThrow();
        });
    }

    /**
     * An administrator deactivates an account (it can no longer sign in) or activates it again; history stays. On an
     * encrypted database the deactivated account's key slot is removed once the change is committed, so that its
     * password no longer opens a copy of the file taken away; reactivating it then needs a password reset, which
     * writes a new slot.
     */
    public UserAccount setActive(UserAccount actor, UserAccount target, boolean active) {
        UserAccount changed = changeActive(actor, target, active);
        if (!active) {
            keySlots.accountRemoved(changed.username());
        }
        return changed;
    }

    private UserAccount changeActive(UserAccount actor, UserAccount target, boolean active) {
        requireAdministrator(actor);
        return database.inTransaction(() -> {
            UserAccount current = users.findById(target.id()).orElseThrow();
            if (current.active() == active) {
                return current;
            }
            if (!active) {
                if (current.id() == actor.id()) {
                    throw new PressDeskException("account.cannotDeactivateSelf");
                }
                refuseLosingLastAdministrator(current);
            }
            users.updateActive(current.id(), active, clock.instant());
            audit.record(actor, AuditKind.ACCOUNT_CHANGED, null, "user=" + current.username()
                    + (active ? " activated" : " deactivated"));
            return users.findById(current.id()).orElseThrow();
        });
    }

    /** An administrator lifts the wait that repeated failed sign-ins put on an account. */
    public void unlock(UserAccount actor, UserAccount target) {
        requireAdministrator(actor);
        database.inTransaction(() -> {
            users.clearFailures(target.id());
            throttle.forgive(target.username());
            audit.record(actor, AuditKind.ACCOUNT_CHANGED, null, "user=" + target.username() + " unlocked");
        });
    }

    /**
     * An administrator gives an account a new random password, returned to be shown once and handed over; the
     * account's failed attempts are forgotten. The password itself is never written anywhere.
     */
    public char[] resetPassword(UserAccount actor, UserAccount target) {
        return resetPassword(actor, target, false);
    }

    /**
     * As {@link #resetPassword(UserAccount, UserAccount)}; with {@code mustChange} the handed-over password only
     * serves once: at the next sign-in its owner must choose their own before anything else.
     */
    public char[] resetPassword(UserAccount actor, UserAccount target, boolean mustChange) {
        requireAdministrator(actor);
        char[] password = NewPasswords.random();
        storePassword(actor, target, password, mustChange ? Reset.TO_CHANGE : Reset.HANDED_OVER,
                mustChange ? "password reset, to change" : "password reset");
        return password;
    }

    private void refuseLosingLastAdministrator(UserAccount current) {
        boolean lastAdministrator = current.role() == Role.ADMINISTRATOR && current.active() && users.list().stream()
                .filter(u -> u.active() && u.role() == Role.ADMINISTRATOR).count() == 1;
        if (lastAdministrator) {
            throw new PressDeskException("account.lastAdministrator");
        }
    }

    private static void requireAdministrator(UserAccount actor) {
        if (actor == null || !actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
    }

    private static void checkNewAccount(String username, char[] password) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new PressDeskException("account.invalidName");
        }
        checkPassword(password);
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new PressDeskException("account.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private static String nameOr(String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username.strip() : displayName;
    }
}
