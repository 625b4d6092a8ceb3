package dev.streamlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    /** Stands in for Platform.runLater: runs what was scheduled only when the test says the FX thread gets to it. */
    private static final class FxQueue implements Executor {
        final Deque<Runnable> scheduled = new ArrayDeque<>();

        @Override
        public void execute(Runnable work) {
            scheduled.add(work);
        }

        void runAll() {
            while (!scheduled.isEmpty()) {
                scheduled.poll().run();
            }
        }
    }

    private final FxQueue fx = new FxQueue();
    private final List<List<Integer>> batches = new ArrayList<>();

    @Test
    void manyItemsOfferedBetweenTwoPulsesArriveAsOneBatchWithOneScheduledDrain() {
        var feed = new LiveFeed<Integer>(1_000, fx, batches::add);

        for (int i = 0; i < 500; i++) {
            feed.offer(i);
        }

        assertThat(fx.scheduled).hasSize(1);
        fx.runAll();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(500).startsWith(0, 1, 2).endsWith(499);
    }

    @Test
    void anItemOfferedAfterADrainSchedulesTheNextOne() {
        var feed = new LiveFeed<Integer>(10, fx, batches::add);

        feed.offer(1);
        fx.runAll();
        feed.offer(2);

        assertThat(fx.scheduled).hasSize(1);
        fx.runAll();
        assertThat(batches).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void whenTheFxThreadFallsAQueueBehindTheOldestAreDroppedAndCounted() {
        var feed = new LiveFeed<Integer>(100, fx, batches::add);

        for (int i = 0; i < 250; i++) {
            feed.offer(i);
        }
        fx.runAll();

        assertThat(batches.get(0)).hasSize(100).startsWith(150).endsWith(249);
        assertThat(feed.dropped()).isEqualTo(150);
    }

    @Test
    void producersOnManyThreadsNeverLoseAnItemWithinCapacity() throws InterruptedException {
        var feed = new LiveFeed<Integer>(100_000, fx, batches::add);
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            int base = p * 10_000;
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    feed.offer(base + i);
                }
            });
            producers.add(producer);
            producer.start();
        }
        for (Thread producer : producers) {
            producer.join();
        }
        fx.runAll();

        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(40_000);
        assertThat(feed.dropped()).isZero();
    }
}
