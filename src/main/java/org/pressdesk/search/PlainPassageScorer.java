package org.pressdesk.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, to the same float, without the hash table (and its 32 KB block) that Lucene's scorer
 * makes for every passage of every shown body: the few words of a passage are told apart by a plain scan. Each
 * distinct word adds tf × weight in the order it first appears, then the sum takes the position's norm, as in
 * {@link PassageScorer#score}.
 */
final class PlainPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int size = 0;
        for (int i = 0; i < matches; i++) {
            int at = 0;
            while (at < size && !distinct[at].bytesEquals(terms[i])) {
                at++;
            }
            if (at == size) {
                distinct[size] = terms[i];
                inDoc[size] = freqsInDoc[i];
                size++;
            }
            inPassage[at]++;
        }
        double score = 0;
        for (int i = 0; i < size; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
