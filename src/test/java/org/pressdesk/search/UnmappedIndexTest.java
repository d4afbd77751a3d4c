package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is read through file channels, never mapped: mapped segments counted in the program's resident memory
 * (issue 14, point 5). Read where Linux lists a process's mappings.
 */
class UnmappedIndexTest {
    private static final Path MAPS = Path.of("/proc/self/maps");

    @TempDir
    Path folder;

    @Test
    void searchingAndWritingMapNoFileOfTheIndex() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(MAPS), "Linux lists a process's mappings in /proc");
        try (SearchIndex index = SearchIndex.open(folder, Duration.ofSeconds(5))) {
            for (int batch = 0; batch < 3; batch++) {
                int first = batch * 100;
                index.write(writer -> {
                    for (int i = first; i < first + 100; i++) {
                        Document doc = new Document();
                        doc.add(new StringField(Fields.ID, Integer.toString(i), Field.Store.YES));
                        doc.add(new TextField("body", "Le ministre a reçu en audience " + i, Field.Store.YES));
                        writer.addDocument(doc);
                    }
                });
            }
            IndexSearcher searcher = index.acquire();
            try {
                assertThat(searcher.count(new MatchAllDocsQuery())).isEqualTo(300);
                assertThat(searcher.storedFields().document(42).get("body")).endsWith(" 42");
            } finally {
                index.release(searcher);
            }
            String real = folder.toRealPath().toString();
            List<String> mapped = Files.readAllLines(MAPS).stream().filter(line -> line.contains(real)).toList();
            assertThat(mapped).as("files of the index mapped into memory").isEmpty();
        }
    }
}
