package org.pressdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The access list that PressDesk writes on Windows, checked without Windows: the entries a file or folder has there
 * before (its owner, SYSTEM, Administrators, Users, Authenticated Users, Everyone, as a user profile's folder passes
 * them down) are given to the same code that runs on Windows ({@link OwnerOnlyFiles#restrictAcl} over an
 * {@code AclFileAttributeView}), here an access list in memory. What the real Windows file system then does with the
 * list (writing it, inheritance from the parent later on) is not tested here: docs/decisions/0016 says so.
 */
class OwnerOnlyAclTest {
    private static final Person AWA = new Person("POSTE-BIP\\awa");
    private static final Person SYSTEM = new Person("NT AUTHORITY\\SYSTEM");
    private static final Group ADMINISTRATORS = new Group("BUILTIN\\Administrators");
    private static final Group USERS = new Group("BUILTIN\\Users");
    private static final Group AUTHENTICATED = new Group("NT AUTHORITY\\Authenticated Users");
    private static final Group EVERYONE = new Group("Everyone");
    private static final Supplier<Optional<UserPrincipal>> RUNNING_AS_AWA = () -> Optional.of(AWA);

    /** What a file created under a user's profile carries on Windows, passed down from the folders above it. */
    private static List<AclEntry> profileEntries(UserPrincipal owner, Set<AclEntryFlag> flags) {
        return List.of(allow(SYSTEM, EnumSet.allOf(AclEntryPermission.class), flags),
                allow(ADMINISTRATORS, EnumSet.allOf(AclEntryPermission.class), flags),
                allow(owner, EnumSet.allOf(AclEntryPermission.class), flags),
                allow(USERS, EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.EXECUTE), flags),
                allow(AUTHENTICATED, EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA), flags),
                allow(EVERYONE, EnumSet.of(AclEntryPermission.READ_DATA), flags),
                AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(USERS)
                        .setPermissions(AclEntryPermission.DELETE).build());
    }

    @Test
    void aFileKeepsOneEntryForItsOwnerAndLosesEveryGroupAndInheritedEntry() throws IOException {
        MemoryAcl file = new MemoryAcl(AWA, profileEntries(AWA, Set.of()));
        assertThat(OwnerOnlyFiles.isOwnerOnly(file, RUNNING_AS_AWA)).isFalse();

        OwnerOnlyFiles.restrictAcl(file, false, RUNNING_AS_AWA);

        assertThat(file.getAcl()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.principal()).isEqualTo(AWA);
            assertThat(entry.permissions()).isEqualTo(EnumSet.allOf(AclEntryPermission.class));
            assertThat(entry.flags()).as("a file passes nothing down").isEmpty();
        });
        assertThat(OwnerOnlyFiles.isOwnerOnly(file, RUNNING_AS_AWA)).isTrue();
    }

    @Test
    void aFolderPassesOnlyItsOwnersEntryDownToWhatIsCreatedInIt() throws IOException {
        MemoryAcl folder = new MemoryAcl(AWA, profileEntries(AWA,
                EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)));

        OwnerOnlyFiles.restrictAcl(folder, true, RUNNING_AS_AWA);

        assertThat(folder.getAcl()).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isEqualTo(AWA);
            // applies to the folder itself (not INHERIT_ONLY) and to everything below it (not NO_PROPAGATE_INHERIT)
            assertThat(entry.flags()).containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT,
                    AclEntryFlag.DIRECTORY_INHERIT);
        });
        assertThat(OwnerOnlyFiles.isOwnerOnly(folder, RUNNING_AS_AWA)).isTrue();
    }

    @Test
    void aListAlreadyTheOwnersOnlyIsNotWrittenAgain() throws IOException {
        MemoryAcl file = new MemoryAcl(AWA, OwnerOnlyAcl.ownerOnly(AWA, false));

        OwnerOnlyFiles.restrictAcl(file, false, RUNNING_AS_AWA);

        assertThat(file.writes).isZero();
    }

    @Test
    void aFileThatRaisedRightsGaveToAdministratorsIsMadeTheRunningAccountsOnly() throws IOException {
        MemoryAcl file = new MemoryAcl(ADMINISTRATORS, profileEntries(AWA, Set.of()));

        OwnerOnlyFiles.restrictAcl(file, false, RUNNING_AS_AWA);

        assertThat(file.getAcl()).extracting(AclEntry::principal).containsExactly(AWA);
        assertThat(OwnerOnlyFiles.isOwnerOnly(file, RUNNING_AS_AWA)).isTrue();
    }

    @Test
    void whenTheRunningAccountCannotBeKnownTheOwningGroupKeepsTheOnlyEntry() throws IOException {
        MemoryAcl file = new MemoryAcl(ADMINISTRATORS, profileEntries(AWA, Set.of()));

        OwnerOnlyFiles.restrictAcl(file, false, Optional::empty);

        assertThat(file.getAcl()).extracting(AclEntry::principal).containsExactly(ADMINISTRATORS);
    }

    @Test
    void onlyEntriesThatAllowSomeoneElseMakeAListOpen() {
        AclEntry denyEveryone = AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(EVERYONE)
                .setPermissions(AclEntryPermission.READ_DATA).build();
        List<AclEntry> ownerAndDeny = List.of(OwnerOnlyAcl.ownerOnly(AWA, false).get(0), denyEveryone);
        assertThat(OwnerOnlyAcl.isOwnerOnly(ownerAndDeny, AWA)).isTrue();
        assertThat(OwnerOnlyAcl.isOwnerOnly(List.of(allow(EVERYONE, EnumSet.of(AclEntryPermission.READ_DATA),
                Set.of())), AWA)).isFalse();
        assertThat(OwnerOnlyAcl.isOwnerOnly(List.of(allow(SYSTEM, EnumSet.of(AclEntryPermission.READ_DATA),
                Set.of())), AWA)).as("another account").isFalse();
    }

    private static AclEntry allow(UserPrincipal who, Set<AclEntryPermission> permissions, Set<AclEntryFlag> flags) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who).setPermissions(permissions)
                .setFlags(flags).build();
    }

    private record Person(String getName) implements UserPrincipal {
    }

    private record Group(String getName) implements GroupPrincipal {
    }

    /** A file's owner and access list, in memory, as the JDK's Windows view reads and writes them. */
    private static final class MemoryAcl implements AclFileAttributeView {
        private UserPrincipal owner;
        private List<AclEntry> acl;
        private int writes;

        MemoryAcl(UserPrincipal owner, List<AclEntry> acl) {
            this.owner = owner;
            this.acl = List.copyOf(acl);
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return acl;
        }

        @Override
        public void setAcl(List<AclEntry> entries) {
            acl = List.copyOf(entries);
            writes++;
        }

        @Override
        public UserPrincipal getOwner() {
            return owner;
        }

        @Override
        public void setOwner(UserPrincipal newOwner) {
            owner = newOwner;
        }
    }
}
