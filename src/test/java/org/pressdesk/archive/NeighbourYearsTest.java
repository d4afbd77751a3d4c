package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The neighbours' years found by binary search are those a walk outwards from the item finds. */
class NeighbourYearsTest {

    @Test
    void nearestYearsComeFirstThePreviousBeforeTheNext() {
        List<Optional<Integer>> years = List.of(Optional.of(2019), Optional.empty(), Optional.empty(),
                Optional.of(2021), Optional.empty(), Optional.of(2022));
        NeighbourYears neighbours = new NeighbourYears(years);
        assertThat(neighbours.of(4)).containsExactly(2021, 2022);
        assertThat(neighbours.of(1)).containsExactly(2019, 2021);
        assertThat(neighbours.of(0)).containsExactly(2021, 2022);
        assertThat(new NeighbourYears(List.of(Optional.empty(), Optional.empty())).of(1)).isEmpty();
    }

    @Test
    void agreesWithAWalkOutwardsOnRandomFiles() {
        Random random = new Random(10);
        for (int round = 0; round < 200; round++) {
            List<Optional<Integer>> years = new ArrayList<>();
            int size = 1 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                years.add(random.nextInt(5) == 0 ? Optional.of(2000 + random.nextInt(30)) : Optional.empty());
            }
            NeighbourYears neighbours = new NeighbourYears(years);
            for (int i = 0; i < size; i++) {
                assertThat(neighbours.of(i)).as("round %d item %d", round, i).isEqualTo(walk(years, i));
            }
        }
    }

    /** The plain walk: each distance in turn, the previous item before the next one. */
    private static List<Integer> walk(List<Optional<Integer>> years, int index) {
        List<Integer> nearest = new ArrayList<>();
        for (int distance = 1; distance < years.size() && nearest.size() < 2; distance++) {
            for (int j : new int[] {index - distance, index + distance}) {
                if (j >= 0 && j < years.size() && years.get(j).isPresent()) {
                    nearest.add(years.get(j).get());
                }
            }
        }
        return nearest;
    }
}
