package dev.streamlab.stream;

import dev.streamlab.connect.Clients;
import dev.streamlab.connect.Connection;
import dev.streamlab.model.UserInputException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Reads one table's stream: every shard in lineage order, each by its own reader so that shards are
 * read concurrently while each keeps its order. Picks up new shards as they appear and follows the
 * table's new stream when it is dropped and re-created.
 */
public final class StreamFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamFollower.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String table;
    private final StartingPosition start;
    private final ShardRecordProcessor processor;
    private final StreamLocator locator;
    private final ReaderContext context;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final LinkedBlockingQueue<String> shardsDone = new LinkedBlockingQueue<>();
    private ExecutorService readers;
    private Thread coordinator;

    /** Against StreamLab's embedded server, readers are woken by writes; elsewhere they poll adaptively. */
    public StreamFollower(Connection connection, String table, StartingPosition start, CheckpointStore checkpoints,
            ShardRecordProcessor processor, StreamListener listener) {
        this(connection.clients(), table, start, processor, new ReaderContext(connection.clients().streams(),
                checkpoints, listener,
                connection.embedded().isPresent() ? PollingSettings.WAKE_ON_WRITE : PollingSettings.DEFAULT,
                Clock.systemUTC(),
                connection.embedded().map(server -> Waiter.onWrites(server.writes())).orElse(Waiter.SLEEP)));
    }

    StreamFollower(Clients clients, String table, StartingPosition start, ShardRecordProcessor processor,
            ReaderContext context) {
        this.table = table;
        this.start = start;
        this.processor = processor;
        this.context = context;
        this.locator = new StreamLocator(clients.dynamo(), clients.profile().region());
    }

    /** Reads every record there is now, shard by shard in lineage order, and returns. */
    public void drain() throws InterruptedException {
        StreamHandle stream = locator.locate(table);
        Lineage lineage = new Lineage();
        var shards = ShardMap.describe(context.streams(), stream.streamArn());
        lineage.begin(shards, start);
        for (var ready = lineage.ready(shards); !ready.isEmpty(); ready = lineage.ready(shards)) {
            for (ShardInfo shard : ready) {
                lineage.started(shard.shardId());
                var outcome = new ShardWorker(context, stream, shard.shardId(), lineage.positionFor(shard.shardId()),
                        processor).read(true, stopping::get);
                if (outcome == ShardWorker.Outcome.ENDED || outcome == ShardWorker.Outcome.GONE) {
                    lineage.finished(shard.shardId());
                }
            }
            shards = ShardMap.describe(context.streams(), stream.streamArn());
        }
    }

    /** Follows the stream in the background until {@link #close()}. The table must have a stream now. */
    public void start() {
        StreamHandle first = locator.locate(table);
        readers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "streamlab-shard-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        coordinator = new Thread(() -> coordinate(first), "streamlab-stream-" + table);
        coordinator.setDaemon(true);
        coordinator.start();
    }

    private void coordinate(StreamHandle first) {
        StreamHandle stream = first;
        Lineage lineage = null;
        try {
            while (!stopping.get()) {
                try {
                    StreamHandle now = locator.locate(table);
                    if (lineage == null || !now.streamArn().equals(stream.streamArn())) {
                        boolean replaced = lineage != null;
                        if (replaced) {
                            context.listener().streamReplaced(stream, now);
                        }
                        lineage = new Lineage();
                        // A re-created table's stream is read from its start: all its records are new.
                        lineage.begin(ShardMap.describe(context.streams(), now.streamArn()),
                                replaced ? StartingPosition.TRIM_HORIZON : start);
                        stream = now;
                    }
                    startReady(stream, lineage);
                } catch (UserInputException gone) {
                    context.listener().tableGone(table);
                } catch (SdkClientException down) {
                    if (!stopping.get()) {
                        context.listener().outage(stream, down);
                    }
                }
                shardsDone.poll(context.polling().describeEvery().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startReady(StreamHandle stream, Lineage lineage) {
        for (ShardInfo shard : lineage.ready(ShardMap.describe(context.streams(), stream.streamArn()))) {
            lineage.started(shard.shardId());
            StartingPosition position = lineage.positionFor(shard.shardId());
            readers.submit(() -> {
                try {
                    var outcome = new ShardWorker(context, stream, shard.shardId(), position, processor)
                            .read(false, stopping::get);
                    if (outcome == ShardWorker.Outcome.STOPPED) {
                        lineage.released(shard.shardId());
                    } else {
                        lineage.finished(shard.shardId());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    if (!stopping.get()) {
                        LOG.warn("Reading shard {} of {} failed; it will be read again from its checkpoint",
                                shard.shardId(), stream.table(), e);
                    }
                    lineage.released(shard.shardId());
                }
                shardsDone.offer(shard.shardId());
            });
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopping.set(true);
        if (coordinator != null) {
            coordinator.interrupt();
            coordinator.join(TimeUnit.SECONDS.toMillis(5));
        }
        if (readers != null) {
            readers.shutdownNow();
            readers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
