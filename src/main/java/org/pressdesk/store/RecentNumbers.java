package org.pressdesk.store;

import java.util.LinkedHashSet;
import java.util.Set;

/** The last few numbers added, to ask whether a number is one of them; older ones are forgotten. */
final class RecentNumbers {
    private final int capacity;
    private final Set<Long> numbers = new LinkedHashSet<>();

    RecentNumbers(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(long number) {
        numbers.add(number);
        if (numbers.size() > capacity) {
            numbers.remove(numbers.iterator().next());
        }
    }

    synchronized boolean contains(long number) {
        return numbers.contains(number);
    }
}
