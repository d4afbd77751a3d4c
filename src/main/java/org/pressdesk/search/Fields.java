package org.pressdesk.search;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.SearchableCommunique;
import org.pressdesk.domain.TextKeys;
import org.pressdesk.store.SearchFeedRepository;

/**
 * The fields of a communiqué in the index. Title and body are analysed in French, with offsets kept so that
 * snippets are highlighted without analysing the text again; the filters are exact keys; version and change time
 * let the index be checked against the database.
 */
final class Fields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Title and body words as typed (folded, not stemmed), for the start of a word being typed. */
    static final String TITLE_WORDS = "titleWords";
    static final String BODY_WORDS = "bodyWords";
    /** Changes whenever documents are made differently: an index of another layout is rebuilt. */
    static final String LAYOUT = "2";
    static final String STATUS = "status";
    static final String GENRE = "genre";
    static final String OFFICE = "office";
    static final String OFFICE_CODE = "officeCode";
    static final String TAG = "tag";
    static final String DATE = "date";
    static final String VERSION = "version";
    static final String CHANGED = "changed";
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final FieldType WORDS_ONLY = wordsOnly();

    private Fields() {
    }

    static Document document(SearchableCommunique c) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(c.id()), Field.Store.YES));
        doc.add(new Field(TITLE, c.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, c.body(), TEXT_WITH_OFFSETS));
        doc.add(new Field(TITLE_WORDS, c.title(), WORDS_ONLY));
        doc.add(new Field(BODY_WORDS, c.body(), WORDS_ONLY));
        doc.add(new StringField(STATUS, c.status().name(), Field.Store.YES));
        doc.add(new StringField(GENRE, c.genre().name(), Field.Store.NO));
        doc.add(new StringField(OFFICE, officeKey(c.officeCode()), Field.Store.NO));
        doc.add(new StoredField(OFFICE_CODE, c.officeCode()));
        for (String tag : c.tags()) {
            doc.add(new StringField(TAG, tagKey(tag), Field.Store.NO));
        }
        if (c.eventDate() != null) {
            doc.add(new LongPoint(DATE, c.eventDate().toEpochDay()));
            doc.add(new StoredField(DATE, c.eventDate().toEpochDay()));
        }
        doc.add(new NumericDocValuesField(VERSION, c.version()));
        doc.add(new NumericDocValuesField(CHANGED, SearchFeedRepository.micros(c.updatedAt())));
        return doc;
    }

    static String officeKey(String code) {
        return Office.codeKey(code);
    }

    static String tagKey(String tag) {
        return TextKeys.fold(tag);
    }

    static LocalDate date(Document doc) {
        var field = doc.getField(DATE);
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
    }

    /** Which documents hold a word, no more: prefix queries need nothing else. */
    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
