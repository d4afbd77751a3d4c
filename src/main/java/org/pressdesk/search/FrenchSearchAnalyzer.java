package org.pressdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French text as people search it: "l’Ambassadeur" is "ambassadeur" (elision), case and accents do not count
 * ("Cérémonie" is "ceremonie", "œuvres" is "oeuvres"), common words are dropped and singular and plural meet
 * (light stemming). The stop list has accents, so folding comes after it; the stock FrenchAnalyzer folds too late
 * and missed "oeuvres" and "ete". The words fields ({@link Fields#TITLE_WORDS}) are not stemmed: the stemmer turns
 * "ambassadeurs" into "ambasadeur", which the start "ambassad" typed so far would never find.
 */
final class FrenchSearchAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

    FrenchSearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ASCIIFoldingFilter(stream);
        if (!Fields.TITLE_WORDS.equals(fieldName) && !Fields.BODY_WORDS.equals(fieldName)) {
            stream = new FrenchLightStemFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
