package dev.streamlab.trigger.host;

import static dev.streamlab.trigger.host.HostFixture.put;
import static dev.streamlab.trigger.host.HostFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.filter.FilterCriteria;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Once a host begins to shut down (SIGTERM), the batch in progress finishes and no new one starts. */
class ShutdownTest {

    private final HostFixture host = new HostFixture();
    private final String orders = TestTables.orders().name();

    @Test
    void noBatchStartsOnceShutdownHasBegun() throws Exception {
        var firstStarted = new CountDownLatch(1);
        var finishFirst = new CountDownLatch(1);
        var checkpoints = new InMemoryCheckpoints();
        try (var follower = host.follow(orders, host.recording(records -> {
                    firstStarted.countDown();
                    assertThat(finishFirst.await(20, TimeUnit.SECONDS)).isTrue();
                    return BatchResponse.success();
                }), 1, Duration.ZERO, rules(-1, false, false), Optional.empty(), FilterCriteria.none(),
                checkpoints, Clock.systemUTC())) {
            put(orders, 1);
            put(orders, 2);
            assertThat(firstStarted.await(20, TimeUnit.SECONDS)).isTrue();

            host.stop.begin();
            finishFirst.countDown();

            Await.until("the reader is held before the next batch", () -> host.stop.held() == 1);
        }
        assertThat(host.batches).as("the batch in progress finished; the next never started")
                .containsExactly(List.of("1"));
    }
}
