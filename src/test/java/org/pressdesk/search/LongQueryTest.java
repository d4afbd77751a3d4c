package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** A pasted paragraph is a query too: it is cut to its first words instead of failing on Lucene's clause limit. */
class LongQueryTest {
    @Test
    void sixHundredWordsMakeAQueryUnderTheClauseLimit() {
        String text = "ministre ambassadeur coopération développement ".repeat(150) + "ministre";
        Query query = new QueryBuilder(new FrenchSearchAnalyzer()).build(SearchQuery.of(text).typing(), null);
        int[] clauses = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                clauses[0]++;
                return this;
            }
        });
        assertThat(((BooleanQuery) query).clauses()).hasSizeLessThanOrEqualTo(QueryBuilder.MAX_WORDS);
        assertThat(clauses[0]).isLessThan(IndexSearcher.getMaxClauseCount());
    }

    @Test
    void aQueryTellsHowManyWordsItLeavesOut() {
        assertThat(SearchQuery.of("ministre ambassadeur").wordsLeftOut()).isZero();
        assertThat(SearchQuery.of("mot ".repeat(QueryBuilder.MAX_WORDS)).wordsLeftOut()).isZero();
        assertThat(SearchQuery.of("mot ".repeat(600)).wordsLeftOut()).isEqualTo(600 - QueryBuilder.MAX_WORDS);
    }
}
