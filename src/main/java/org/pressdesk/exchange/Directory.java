package org.pressdesk.exchange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pressdesk.domain.ExchangeRecords.OfficeRow;
import org.pressdesk.domain.ExchangeRecords.UserRow;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Logo;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.store.ExchangeDataRepository;
import org.pressdesk.store.OfficeRepository;

/**
 * The people and offices a file names, found here by UUID or added. A received author becomes an inactive account
 * that cannot sign in (it has no password here); a name already used here gets the sender's short suffix.
 */
final class Directory {
    private final ExchangeDataRepository data;
    private final OfficeRepository offices;
    private final Instant now;
    private final Map<UUID, Long> userIds;
    private final Map<UUID, Long> officeIds;
    private final Map<Long, String> officeCodes = new HashMap<>();

    Directory(ExchangeDataRepository data, OfficeRepository offices, Instant now) {
        this.data = data;
        this.offices = offices;
        this.now = now;
        this.userIds = data.ids("user_account");
        this.officeIds = data.ids("office");
        offices.list().forEach(o -> officeCodes.put(o.id(), o.code()));
    }

    void addUsers(List<UserRow> users) {
        for (UserRow u : users) {
            if (!userIds.containsKey(u.uuid())) {
                String name = free(u.username(), u.uuid());
                userIds.put(u.uuid(), data.insertRemoteUser(u.uuid(), name, u.displayName(), Role.valueOf(u.role()),
                        now));
            }
        }
    }

    private String free(String username, UUID uuid) {
        String name = username;
        for (int n = 4; data.loginTaken(name) && n <= 32; n += 4) {
            name = username + "~" + uuid.toString().replace("-", "").substring(0, n);
        }
        return name;
    }

    void addOffices(List<OfficeRow> rows) {
        for (OfficeRow o : rows) {
            if (!officeIds.containsKey(o.uuid())) {
                String code = o.code();
                for (int n = 4; data.officeCodeTaken(Office.codeKey(code)) && n <= 32; n += 4) {
                    code = o.code() + "~" + o.uuid().toString().replace("-", "").substring(0, n);
                }
                Logo logo = o.logo() == null ? null : new Logo(o.logo(), o.logoType());
                Office.Letterhead letterhead = new Office.Letterhead(o.countryName(), o.motto(), o.ministry(),
                        o.city(), o.address(), o.contact(), o.footer(), HeaderLayout.valueOf(o.layout()), logo,
                        o.endMark());
                Office office = offices.insert(o.uuid(), code, o.name(), letterhead, ZoneId.of(o.timeZone()), now);
                officeIds.put(o.uuid(), office.id());
                officeCodes.put(office.id(), office.code());
            }
        }
    }

    long user(UUID uuid) {
        Long id = userIds.get(uuid);
        if (id == null) {
            throw new PressDeskException("exchange.file.incomplete", uuid);
        }
        return id;
    }

    long office(UUID uuid) {
        Long id = officeIds.get(uuid);
        if (id == null) {
            throw new PressDeskException("exchange.file.incomplete", uuid);
        }
        return id;
    }

    String officeCode(long officeId) {
        return officeCodes.get(officeId);
    }
}
