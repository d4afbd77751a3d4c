package org.pressdesk.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.pressdesk.domain.Status;

/**
 * A harness, not a test: the snippets read from stored offsets against those of Lucene's highlighter analysing the
 * bodies again, over many queries made from the words of an existing index (words, two or three words, typos, word
 * families, starts of words being typed, phrases, a status filter). Prints how many queries and snippets differ,
 * the first differences, and the highlighting's CPU time both ways (the
 * new way's including the reading of the hits' stored fields, which the service does once for both).
 *
 * <pre>java -cp "$CP" org.pressdesk.search.SnippetComparison target/bench-search/data-100000/index 3000 7</pre>
 */
public final class SnippetComparison {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final int SHOWN_DIFFERENCES = 5;

    private SnippetComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-search/data-100000/index");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        Analyzer analyzer = new FrenchSearchAnalyzer();
        QueryBuilder queries = new QueryBuilder(analyzer);
        Snippets stored = new Snippets(analyzer);
        Snippets analysing = Snippets.analysing(analyzer);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int differing = 0;
            int failed = 0;
            long snippets = 0;
            long snippetsDiffering = 0;
            long storedCpu = 0;
            long analysingCpu = 0;
            for (int i = 0; i < count; i++) {
                SearchQuery search = query(reader, random, i);
                Query query = queries.build(search, reader);
                TopDocs top = searcher.search(query, 20);
                if (top.totalHits.value == 0) {
                    query = queries.buildPartial(search, reader);
                    if (query == null) {
                        continue;
                    }
                    top = searcher.search(query, 20);
                }
                long start = THREADS.getCurrentThreadCpuTime();
                List<Snippet> fromStored;
                try {
                    fromStored = stored.of(searcher, query, top, bodies(searcher, top));
                } catch (RuntimeException e) {
                    System.out.printf(Locale.ROOT, "FAILED for «%s» (typing %s): %s%n", search.text(),
                            search.asYouType(), e);
                    failed++;
                    continue;
                }
                long middle = THREADS.getCurrentThreadCpuTime();
                List<Snippet> fromAnalysis = analysing.of(searcher, query, top, null);
                analysingCpu += THREADS.getCurrentThreadCpuTime() - middle;
                storedCpu += middle - start;
                snippets += fromStored.size();
                int differences = differences(fromStored, fromAnalysis);
                snippetsDiffering += differences;
                if (differences > 0 && differing++ < SHOWN_DIFFERENCES) {
                    show(search, fromStored, fromAnalysis);
                }
            }
            System.out.printf(Locale.ROOT, "%d queries, %d snippets: %d queries and %d snippets differ, %d failed%n",
                    count, snippets, differing, snippetsDiffering, failed);
            System.out.printf(Locale.ROOT, "highlighting CPU per query: stored offsets %.3f ms, analysing %.3f ms%n",
                    storedCpu / 1e6 / count, analysingCpu / 1e6 / count);
        }
    }

    /** The bodies as the service reads them, with the rest of each hit's stored fields (timed with the new way). */
    static List<String> bodies(IndexSearcher searcher, TopDocs top) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (var score : top.scoreDocs) {
            bodies.add(searcher.storedFields().document(score.doc).get(Fields.BODY));
        }
        return bodies;
    }

    private static int differences(List<Snippet> stored, List<Snippet> analysed) {
        int differences = Math.abs(stored.size() - analysed.size());
        for (int i = 0; i < Math.min(stored.size(), analysed.size()); i++) {
            if (!stored.get(i).equals(analysed.get(i))) {
                differences++;
            }
        }
        return differences;
    }

    private static void show(SearchQuery search, List<Snippet> stored, List<Snippet> analysed) {
        System.out.printf(Locale.ROOT, "DIFFERENT for «%s» (typing %s)%n", search.text(), search.asYouType());
        for (int i = 0; i < Math.min(stored.size(), analysed.size()); i++) {
            if (!stored.get(i).equals(analysed.get(i))) {
                System.out.println("  stored:    " + stored.get(i).marked("[", "]"));
                System.out.println("  analysing: " + analysed.get(i).marked("[", "]"));
                return;
            }
        }
    }

    /** Query {@code i}: its kind turns with i, its words are drawn from random bodies. */
    private static SearchQuery query(DirectoryReader reader, Random random, int i) throws IOException {
        String a = word(reader, random);
        String b = word(reader, random);
        return switch (i % 9) {
            case 0 -> SearchQuery.of(a);
            case 1 -> SearchQuery.of(a + " " + neighbour(reader, random));
            case 2 -> SearchQuery.of(a + " " + b + " " + word(reader, random));
            case 3 -> SearchQuery.of(typo(a, random) + " " + b);
            case 4 -> SearchQuery.of(family(a, random));
            case 5 -> SearchQuery.of(b + " " + a.substring(0, Math.min(a.length(), 3 + random.nextInt(4)))).typing();
            case 6 -> SearchQuery.of("\"" + neighbour(reader, random) + "\"");
            case 7 -> new SearchQuery(a, Status.PUBLISHED, null, null, null, null, null, 20, false);
            default -> SearchQuery.of(typo(a, random) + " " + family(b, random)).typing();
        };
    }

    private static List<String> words(DirectoryReader reader, Random random) throws IOException {
        int doc = random.nextInt(reader.maxDoc());
        String body = reader.storedFields().document(doc).get(Fields.BODY);
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(body == null ? "" : body);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words.isEmpty() ? List.of("ministre", "coopération") : words;
    }

    private static String word(DirectoryReader reader, Random random) throws IOException {
        List<String> words = words(reader, random);
        return words.get(random.nextInt(words.size()));
    }

    /** Two words that follow each other in a body. */
    private static String neighbour(DirectoryReader reader, Random random) throws IOException {
        List<String> words = words(reader, random);
        int at = random.nextInt(words.size() - 1);
        return words.get(at) + " " + words.get(at + 1);
    }

    private static String typo(String word, Random random) {
        if (word.length() < QueryBuilder.MIN_TYPO_LENGTH) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            default -> word.substring(0, at) + "x" + word.substring(at + 1);
        };
    }

    private static String family(String word, Random random) {
        String[] endings = {"s", "e", "eur", "euse", "ien", "ienne", "ais", "es"};
        String root = word.length() > 5 && random.nextBoolean() ? word.substring(0, word.length() - 1) : word;
        return root + endings[random.nextInt(endings.length)];
    }
}
