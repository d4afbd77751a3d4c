package org.pressdesk.exchange;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that start from headquarters and one field office, paired, each in its own folder under {@link #temp}. */
abstract class HqAndFieldTest {
    @TempDir
    Path temp;

    HqAndField pair;
    Installation hq;
    Installation field;

    @BeforeEach
    void openBoth() {
        pair = new HqAndField(temp);
        hq = pair.hq;
        field = pair.field;
    }

    @AfterEach
    void closeBoth() {
        pair.close();
    }
}
