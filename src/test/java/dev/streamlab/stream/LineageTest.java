package dev.streamlab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A split's children wait for their parent; from LATEST, shards already closed are passed over. */
class LineageTest {

    private static final ShardInfo PARENT = new ShardInfo("parent", Optional.empty(), true);
    private static final ShardInfo LEFT = new ShardInfo("left", Optional.of("parent"), false);
    private static final ShardInfo RIGHT = new ShardInfo("right", Optional.of("parent"), false);
    private static final List<ShardInfo> SHARDS = List.of(PARENT, LEFT, RIGHT);

    @Test
    void childrenAreReadOnlyOnceTheirParentIsDrained() {
        Lineage lineage = new Lineage();
        lineage.begin(SHARDS, StartingPosition.TRIM_HORIZON);

        assertThat(lineage.ready(SHARDS)).containsExactly(PARENT);
        lineage.started("parent");
        assertThat(lineage.ready(SHARDS)).isEmpty();

        lineage.finished("parent");
        assertThat(lineage.ready(SHARDS)).containsExactly(LEFT, RIGHT);
    }

    @Test
    void aParentNoLongerListedCountsAsDrained() {
        Lineage lineage = new Lineage();
        lineage.begin(List.of(LEFT), StartingPosition.TRIM_HORIZON);
        assertThat(lineage.ready(List.of(LEFT))).containsExactly(LEFT);
    }

    @Test
    void fromLatestClosedShardsArePassedOverAndNewOnesReadFromTheirStart() {
        Lineage lineage = new Lineage();
        lineage.begin(SHARDS, StartingPosition.LATEST);

        assertThat(lineage.ready(SHARDS)).containsExactly(LEFT, RIGHT);
        assertThat(lineage.positionFor("left")).isEqualTo(StartingPosition.LATEST);
        var grandchild = new ShardInfo("grandchild", Optional.of("left"), false);
        assertThat(lineage.positionFor(grandchild.shardId())).isEqualTo(StartingPosition.TRIM_HORIZON);
    }

    @Test
    void aReleasedShardMayBeReadAgain() {
        Lineage lineage = new Lineage();
        lineage.begin(List.of(LEFT), StartingPosition.TRIM_HORIZON);
        lineage.started("left");
        assertThat(lineage.ready(List.of(LEFT))).isEmpty();
        lineage.released("left");
        assertThat(lineage.ready(List.of(LEFT))).containsExactly(LEFT);
    }
}
