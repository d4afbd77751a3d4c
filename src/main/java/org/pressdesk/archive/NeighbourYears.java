package org.pressdesk.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The explicit years of a file's items, to date the items that give none: for an item, the years of the nearest
 * items that give one, nearest first (the previous one before the next one at the same distance), at least two
 * when the file has them. The items with a year are kept in order, so each question costs a binary search and not
 * a walk through the file (a file of 126,000 items without any year would otherwise cost 10^10 steps).
 */
final class NeighbourYears {
    private final List<Optional<Integer>> years;
    private final int[] dated;

    NeighbourYears(List<Optional<Integer>> years) {
        this.years = years;
        this.dated = IntStream.range(0, years.size()).filter(i -> years.get(i).isPresent()).toArray();
    }

    List<Integer> of(int index) {
        int found = java.util.Arrays.binarySearch(dated, index);
        int left = found >= 0 ? found - 1 : -found - 2;
        int right = found >= 0 ? found + 1 : -found - 1;
        List<Integer> nearest = new ArrayList<>();
        while (nearest.size() < 2 && (left >= 0 || right < dated.length)) {
            int toLeft = left >= 0 ? index - dated[left] : Integer.MAX_VALUE;
            int toRight = right < dated.length ? dated[right] - index : Integer.MAX_VALUE;
            int distance = Math.min(toLeft, toRight);
            if (toLeft == distance) {
                nearest.add(years.get(dated[left--]).get());
            }
            if (toRight == distance) {
                nearest.add(years.get(dated[right++]).get());
            }
        }
        return nearest;
    }
}
