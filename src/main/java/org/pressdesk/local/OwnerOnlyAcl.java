package org.pressdesk.local;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The access list that makes a file or folder one person's only, where the file system keeps access lists rather
 * than POSIX modes (Windows): a single entry allowing that person everything, and nothing else: no group, no
 * "Everyone", "Users" or "Authenticated Users", none of the entries a parent folder passed down. On a folder the
 * entry is passed down to what is created in it (files and folders), so that new files start owner-only too.
 * Computed from the owner and the current entries alone, without a file system, so that it is tested on any system
 * (OwnerOnlyAclTest); {@link OwnerOnlyFiles} reads and writes it through {@code AclFileAttributeView}.
 */
final class OwnerOnlyAcl {
    /** What a folder's one entry passes down: to the files and the folders created in it, and theirs in turn. */
    static final Set<AclEntryFlag> FOLDER_FLAGS = EnumSet.of(AclEntryFlag.FILE_INHERIT,
            AclEntryFlag.DIRECTORY_INHERIT);

    private OwnerOnlyAcl() {
    }

    /**
     * The person the list names: the file's owner, unless the owner is a group (files made by a program running with
     * raised rights belong to "Administrators" on Windows), then the account running this program; the owner again
     * when that account cannot be known.
     */
    static UserPrincipal person(UserPrincipal owner, Supplier<Optional<UserPrincipal>> runningAccount) {
        if (!(owner instanceof GroupPrincipal)) {
            return owner;
        }
        return runningAccount.get().filter(account -> !(account instanceof GroupPrincipal)).orElse(owner);
    }

    /** The one entry of an owner-only list. */
    static List<AclEntry> ownerOnly(UserPrincipal person, boolean folder) {
        return List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(person)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(folder ? FOLDER_FLAGS : EnumSet.noneOf(AclEntryFlag.class))
                .build());
    }

    /** The list to write in place of {@code current}; empty when {@code current} already is exactly that. */
    static Optional<List<AclEntry>> tightened(List<AclEntry> current, UserPrincipal person, boolean folder) {
        List<AclEntry> wanted = ownerOnly(person, folder);
        return current.equals(wanted) ? Optional.empty() : Optional.of(wanted);
    }

    /** True when no entry of {@code acl} allows anything to anyone but {@code person}. */
    static boolean isOwnerOnly(List<AclEntry> acl, UserPrincipal person) {
        return acl.stream().filter(entry -> entry.type() == AclEntryType.ALLOW)
                .allMatch(entry -> entry.principal().equals(person));
    }
}
