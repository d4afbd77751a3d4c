package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.OFFICE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Logo;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Office.Letterhead;

/** Issuing offices and their letterheads. */
public final class OfficeRepository {
    private final Database database;

    public OfficeRepository(Database database) {
        this.database = database;
    }

    public Office insert(UUID uuid, String code, String name, Letterhead letterhead, ZoneId zone, Instant now) {
        long id = database.dsl().insertInto(OFFICE)
                .set(OFFICE.UUID, uuid)
                .set(OFFICE.CODE, code)
                .set(OFFICE.CODE_KEY, Office.codeKey(code))
                .set(OFFICE.NAME, name)
                .set(OFFICE.COUNTRY_NAME, letterhead.countryName())
                .set(OFFICE.MOTTO, letterhead.motto())
                .set(OFFICE.MINISTRY, letterhead.ministry())
                .set(OFFICE.CITY, letterhead.city())
                .set(OFFICE.ADDRESS, letterhead.address())
                .set(OFFICE.CONTACT, letterhead.contact())
                .set(OFFICE.FOOTER, letterhead.footer())
                .set(OFFICE.LETTERHEAD_LAYOUT, letterhead.layout().name())
                .set(OFFICE.LOGO, letterhead.logo() == null ? null : letterhead.logo().bytes())
                .set(OFFICE.LOGO_TYPE, letterhead.logo() == null ? null : letterhead.logo().mediaType())
                .set(OFFICE.END_MARK, letterhead.endMark())
                .set(OFFICE.TIME_ZONE, zone.getId())
                .set(OFFICE.VERSION, 1)
                .set(OFFICE.CREATED_AT, Times.utc(now))
                .set(OFFICE.UPDATED_AT, Times.utc(now))
                .returningResult(OFFICE.ID)
                .fetchOne(OFFICE.ID);
        return findById(id).orElseThrow();
    }

    /** Writes the office's name and letterhead if nobody changed it since {@code office.version()}. */
    public boolean update(Office office, Instant now) {
        Letterhead letterhead = office.letterhead();
        return database.dsl().update(OFFICE)
                .set(OFFICE.CODE, office.code())
                .set(OFFICE.CODE_KEY, Office.codeKey(office.code()))
                .set(OFFICE.NAME, office.name())
                .set(OFFICE.COUNTRY_NAME, letterhead.countryName())
                .set(OFFICE.MOTTO, letterhead.motto())
                .set(OFFICE.MINISTRY, letterhead.ministry())
                .set(OFFICE.CITY, letterhead.city())
                .set(OFFICE.ADDRESS, letterhead.address())
                .set(OFFICE.CONTACT, letterhead.contact())
                .set(OFFICE.FOOTER, letterhead.footer())
                .set(OFFICE.LETTERHEAD_LAYOUT, letterhead.layout().name())
                .set(OFFICE.LOGO, letterhead.logo() == null ? null : letterhead.logo().bytes())
                .set(OFFICE.LOGO_TYPE, letterhead.logo() == null ? null : letterhead.logo().mediaType())
                .set(OFFICE.END_MARK, letterhead.endMark())
                .set(OFFICE.TIME_ZONE, office.timeZone().getId())
                .set(OFFICE.VERSION, office.version() + 1)
                .set(OFFICE.UPDATED_AT, Times.utc(now))
                .where(OFFICE.ID.eq(office.id()).and(OFFICE.VERSION.eq(office.version())))
                .execute() == 1;
    }

    public Optional<Office> findById(long id) {
        return database.dsl().selectFrom(OFFICE).where(OFFICE.ID.eq(id)).fetchOptional().map(OfficeRepository::map);
    }

    public Optional<Office> findByCode(String code) {
        return database.dsl().selectFrom(OFFICE).where(OFFICE.CODE_KEY.eq(Office.codeKey(code)))
                .fetchOptional().map(OfficeRepository::map);
    }

    public List<Office> list() {
        return database.dsl().selectFrom(OFFICE).orderBy(OFFICE.CODE).fetch(OfficeRepository::map);
    }

    static Office map(Record r) {
        Letterhead letterhead = new Letterhead(
                text(r.get(OFFICE.COUNTRY_NAME)), text(r.get(OFFICE.MOTTO)), text(r.get(OFFICE.MINISTRY)),
                text(r.get(OFFICE.CITY)), text(r.get(OFFICE.ADDRESS)), text(r.get(OFFICE.CONTACT)),
                text(r.get(OFFICE.FOOTER)), HeaderLayout.valueOf(r.get(OFFICE.LETTERHEAD_LAYOUT)), logo(r),
                text(r.get(OFFICE.END_MARK)));
        return new Office(r.get(OFFICE.ID), r.get(OFFICE.UUID), r.get(OFFICE.CODE), r.get(OFFICE.NAME), letterhead,
                ZoneId.of(r.get(OFFICE.TIME_ZONE)), r.get(OFFICE.VERSION));
    }

    private static Logo logo(Record r) {
        byte[] bytes = r.get(OFFICE.LOGO);
        return bytes == null ? null : new Logo(bytes, r.get(OFFICE.LOGO_TYPE));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
