package org.pressdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns what the user typed into a Lucene query. Every word must match (in the title or the body: a title match
 * weighs {@value #TITLE_BOOST} times more), itself, with one typo when it is long and the index does not hold it as
 * typed, or as a word of its family
 * ("ambassade" for "ambassadeur", "malien" for "Mali"), these two weighing less than the word itself; a phrase between quotes must match as a phrase; words that analysis
 * drops ("le", "de") are ignored; while typing, the last word also matches as the start of a longer word. No query
 * syntax: nothing the user types can make the query fail. Filters narrow without scoring.
 */
final class QueryBuilder {
    static final float TITLE_BOOST = 3f;
    /** A word with one typo still matches, if it has this many letters (fewer would match too much). */
    static final int MIN_TYPO_LENGTH = 5;
    /** What a typo or a word of the same family weighs against the word itself, so exact matches rank first. */
    private static final float TYPO_WEIGHT = 0.4f;
    private static final float FAMILY_WEIGHT = 0.5f;
    /** In a partial search, each word matched weighs this much, far above any relevance score. */
    static final float PARTIAL_WEIGHT = 10_000f;
    private static final int MIN_PREFIX = 3;
    /**
     * The words of a query that count; the rest is dropped. Each word takes up to four clauses and Lucene refuses a
     * query past 1,024 ("maxClauseCount"): a pasted paragraph of 600 words made the search fail.
     */
    static final int MAX_WORDS = 100;
    /**
     * Typos are forgiven in queries of at most this many words, each typo matching at most {@link #TYPO_EXPANSIONS}
     * indexed words: a fuzzy clause grows into one clause per word it matches, and a pasted page of near misses went
     * past Lucene's clause limit. A person who mistypes types a few words; a pasted page needs no typo forgiven.
     */
    static final int MAX_TYPO_WORDS = 8;
    private static final int TYPO_EXPANSIONS = 20;
    private static final Pattern WORDS = Pattern.compile("\"([^\"]+)\"?|([^\\s\"]+)");

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** {@code reader}: the index searched, to forgive a typo only in a word it does not hold; null for none. */
    Query build(SearchQuery search, IndexReader reader) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (Query word : wordQueries(search, reader)) {
            query.add(word, Occur.MUST);
            any = true;
        }
        if (!any) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filters(search, query);
        return query.build();
    }

    /**
     * The search for communiqués that match some of the words, not all: each word matched counts {@link
     * #PARTIAL_WEIGHT}, so that more words rank first, then relevance. Null when there are fewer than two words.
     */
    Query buildPartial(SearchQuery search, IndexReader reader) {
        List<Query> words = wordQueries(search, reader);
        if (words.size() < 2) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        for (Query word : words) {
            some.add(new BoostQuery(new ConstantScoreQuery(word), PARTIAL_WEIGHT), Occur.SHOULD);
            some.add(word, Occur.SHOULD);
        }
        query.add(some.build(), Occur.MUST);
        filters(search, query);
        return query.build();
    }

    /** How many of the words of {@code search} analysis keeps. */
    int wordCount(SearchQuery search, IndexReader reader) {
        return wordQueries(search, reader).size();
    }

    private List<Query> wordQueries(SearchQuery search, IndexReader reader) {
        List<Query> queries = new ArrayList<>();
        List<String> words = words(search.text());
        boolean typos = words.size() <= MAX_TYPO_WORDS;
        for (int i = 0; i < words.size(); i++) {
            Query word = word(words.get(i), search.asYouType() && i == words.size() - 1
                    && !search.text().endsWith(" ") && !words.get(i).contains(" "), reader, typos);
            if (word != null) {
                queries.add(word);
            }
        }
        return queries;
    }

    /** True when the text has a word that analysis keeps. */
    boolean hasTerms(String text) {
        return words(text).stream().anyMatch(w -> !tokens(Fields.BODY, w).isEmpty());
    }

    private Query word(String word, boolean prefix, IndexReader reader, boolean typos) {
        Tokens terms = tokens(Fields.BODY, word);
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            either.add(new BoostQuery(match(Fields.TITLE, terms), TITLE_BOOST), Occur.SHOULD);
            either.add(match(Fields.BODY, terms), Occur.SHOULD);
        }
        String start = analyzer.normalize(Fields.BODY, word).utf8ToString();
        if (terms.terms().size() == 1 && !word.contains(" ")) {
            forgiving(either, start, reader, typos);
        }
        if (prefix && start.length() >= MIN_PREFIX && start.chars().allMatch(Character::isLetterOrDigit)) {
            either.add(new BoostQuery(new PrefixQuery(new Term(Fields.TITLE_WORDS, start)), TITLE_BOOST),
                    Occur.SHOULD);
            either.add(new PrefixQuery(new Term(Fields.BODY_WORDS, start)), Occur.SHOULD);
        } else if (terms.isEmpty()) {
            return null;
        }
        return either.build();
    }

    /**
     * One typo in a long word that the index does not hold as typed ("ambasadeur"), and the word's family
     * ("ambassade" for "ambassadeur").
     */
    private static void forgiving(BooleanQuery.Builder either, String word, IndexReader reader, boolean typos) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return;
        }
        if (typos && word.length() >= MIN_TYPO_LENGTH && !held(reader, word)) {
            either.add(new BoostQuery(new FuzzyQuery(new Term(Fields.TITLE_WORDS, word), 1, 1, TYPO_EXPANSIONS,
                    true), TYPO_WEIGHT * TITLE_BOOST), Occur.SHOULD);
            either.add(new BoostQuery(new FuzzyQuery(new Term(Fields.BODY_WORDS, word), 1, 1, TYPO_EXPANSIONS,
                    true), TYPO_WEIGHT), Occur.SHOULD);
        }
        Set<String> family = WordFamilies.of(word);
        if (!family.isEmpty()) {
            List<BytesRef> bytes = family.stream().map(BytesRef::new).toList();
            either.add(new BoostQuery(new TermInSetQuery(Fields.TITLE_WORDS, bytes), FAMILY_WEIGHT * TITLE_BOOST),
                    Occur.SHOULD);
            either.add(new BoostQuery(new TermInSetQuery(Fields.BODY_WORDS, bytes), FAMILY_WEIGHT), Occur.SHOULD);
        }
    }

    private static boolean held(IndexReader reader, String word) {
        if (reader == null) {
            return false;
        }
        try {
            return reader.docFreq(new Term(Fields.BODY_WORDS, word)) > 0
                    || reader.docFreq(new Term(Fields.TITLE_WORDS, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query match(String field, Tokens tokens) {
        if (tokens.terms().size() == 1) {
            return new TermQuery(new Term(field, tokens.terms().get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < tokens.terms().size(); i++) {
            phrase.add(new Term(field, tokens.terms().get(i)), tokens.positions().get(i));
        }
        return phrase.build();
    }

    private static void filters(SearchQuery search, BooleanQuery.Builder query) {
        if (search.status() != null) {
            query.add(new TermQuery(new Term(Fields.STATUS, search.status().name())), Occur.FILTER);
        }
        if (search.officeCode() != null && !search.officeCode().isBlank()) {
            query.add(new TermQuery(new Term(Fields.OFFICE, Fields.officeKey(search.officeCode()))), Occur.FILTER);
        }
        if (search.tag() != null && !search.tag().isBlank()) {
            query.add(new TermQuery(new Term(Fields.TAG, Fields.tagKey(search.tag()))), Occur.FILTER);
        }
        if (search.genre() != null) {
            query.add(new TermQuery(new Term(Fields.GENRE, search.genre().name())), Occur.FILTER);
        }
        if (search.from() != null || search.to() != null) {
            long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochDay();
            long to = search.to() == null ? Long.MAX_VALUE : search.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find() && words.size() < MAX_WORDS) {
            words.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return words;
    }

    /** The words of {@code text} past {@link #MAX_WORDS}, which a search leaves out. */
    static int wordsLeftOut(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return Math.max(0, count - MAX_WORDS);
    }

    /** The analysed terms of a text and their positions, with gaps where stop words were ("lettres de créance"). */
    private record Tokens(List<String> terms, List<Integer> positions) {
        boolean isEmpty() {
            return terms.isEmpty();
        }
    }

    private Tokens tokens(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tokens(terms, positions);
    }
}
