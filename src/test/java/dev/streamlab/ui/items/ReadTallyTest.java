package dev.streamlab.ui.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadTallyTest {

    @Test
    void pagesAddUpAndCapacityShowsOnlyOnAws() {
        var tally = ReadTally.NONE
                .plus(new PageRead(List.of(), Optional.empty(), 4, Optional.of(0.5)))
                .plus(new PageRead(List.of(), Optional.empty(), 6, Optional.of(1.0)));
        assertThat(tally.text(false)).isEqualTo("Count 0 of ScannedCount 10");
        assertThat(tally.text(true)).isEqualTo("Count 0 of ScannedCount 10 · 1.5 RCU");
    }

    @Test
    void withoutCapacityFromDynamoDbNoneIsShown() {
        var tally = ReadTally.NONE.plus(new PageRead(List.of(), Optional.empty(), 3, Optional.empty()));
        assertThat(tally.text(true)).isEqualTo("Count 0 of ScannedCount 3");
    }
}
