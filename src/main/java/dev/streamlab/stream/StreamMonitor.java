package dev.streamlab.stream;

import dev.streamlab.connect.Connection;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Follows the stream of every table that has one, for a console. Tables there at the start are read from LATEST
 * (what happens from now on); tables that appear or get a stream later are read from TRIM_HORIZON, so their first
 * records are not missed. Looks for such tables every so often, and at once when asked.
 */
public final class StreamMonitor implements AutoCloseable {

    /** What a console shows about the readers besides their records. All optional. */
    public interface Listener {
        /** The tables followed now, in name order. */
        default void following(Set<String> tables) {
        }

        /** A shard's reader has taken its position: from LATEST, writes from now on reach it. */
        default void listening(String table, String shardId) {
        }

        /** The endpoint stopped answering; reading resumes where it stopped once it answers. */
        default void outage(Exception cause) {
        }

        default void recovered() {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(StreamMonitor.class);

    private final Connection connection;
    private final TableCatalog catalog;
    private final Consumer<StreamRecord> records;
    private final Listener listener;
    private final Duration rescanEvery;
    private final Map<String, StreamFollower> followers = new ConcurrentHashMap<>();
    private final Object wake = new Object();
    private boolean rescanAsked;
    private boolean down;
    private boolean scanned;
    private volatile boolean closed;
    private Thread scanner;
    /** The followers' own outages: the endpoint can go away while the tables are not being listed. */
    private final StreamListener readers = new StreamListener() {
        @Override
        public void outage(StreamHandle stream, Exception cause) {
            listener.outage(cause);
        }

        @Override
        public void recovered(StreamHandle stream) {
            listener.recovered();
        }
    };

    /**
     * @param records     told each record, on a reader's thread; it must not block for long
     * @param rescanEvery how often to look for new tables and streams
     */
    public StreamMonitor(Connection connection, TableCatalog catalog, Consumer<StreamRecord> records, Listener listener,
            Duration rescanEvery) {
        this.connection = connection;
        this.catalog = catalog;
        this.records = records;
        this.listener = listener;
        this.rescanEvery = rescanEvery;
    }

    /** Starts following in the background; the first look at the tables happens at once. */
    public void start() {
        scanner = new Thread(this::scanUntilClosed, "streamlab-stream-monitor");
        scanner.setDaemon(true);
        scanner.start();
    }

    /** Looks for new tables and streams now, e.g. right after this process created a table. */
    public void rescan() {
        synchronized (wake) {
            rescanAsked = true;
            wake.notifyAll();
        }
    }

    public Set<String> followed() {
        return new TreeSet<>(followers.keySet());
    }

    private void scanUntilClosed() {
        StartingPosition position = StartingPosition.LATEST;
        while (!closed) {
            if (scan(position)) {
                position = StartingPosition.TRIM_HORIZON;
            }
            synchronized (wake) {
                if (!rescanAsked && !closed) {
                    try {
                        wake.wait(rescanEvery.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                rescanAsked = false;
            }
        }
    }

    /** Follows the tables with a stream not followed yet; false when the endpoint did not answer. */
    private boolean scan(StartingPosition position) {
        try {
            boolean added = false;
            for (String table : catalog.listTables()) {
                if (!followers.containsKey(table) && hasStream(table)) {
                    follow(table, position);
                    added = true;
                }
            }
            if (down) {
                down = false;
                listener.recovered();
            }
            if (added || !scanned) {
                scanned = true;
                listener.following(followed());
            }
            return true;
        } catch (UserInputException | SdkException e) {
            if (!down && !closed) {
                down = true;
                listener.outage(e);
            }
            return false;
        }
    }

    private boolean hasStream(String table) {
        try {
            return catalog.describe(table).stream().map(TableInfo.StreamInfo::arn).isPresent();
        } catch (UserInputException gone) {
            // dropped between the list and the description: the next scan will tell
            return false;
        }
    }

    private void follow(String table, StartingPosition position) {
        var follower = new StreamFollower(connection, table, position, new InMemoryCheckpoints(),
                new RecordsTo(records, listener), readers);
        try {
            follower.start();
            followers.put(table, follower);
        } catch (UserInputException gone) {
            LOG.debug("Table {} lost its stream before it could be followed", table, gone);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        rescan();
        if (scanner != null) {
            scanner.interrupt();
            scanner.join(Duration.ofSeconds(5).toMillis());
        }
        for (StreamFollower follower : followers.values()) {
            follower.close();
        }
        followers.clear();
    }

    /** Hands every record on and checkpoints in memory: a console shows records, it does not need to resume. */
    private static final class RecordsTo implements ShardRecordProcessor {

        private final Consumer<StreamRecord> records;
        private final Listener listener;
        private final Map<String, Checkpointer> checkpointers = new ConcurrentHashMap<>();

        RecordsTo(Consumer<StreamRecord> records, Listener listener) {
            this.records = records;
            this.listener = listener;
        }

        @Override
        public void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer) {
            checkpointers.put(shardId, checkpointer);
            listener.listening(stream.table(), shardId);
        }

        @Override
        public void processBatch(RecordBatch batch) {
            batch.records().forEach(records);
            checkpointers.get(batch.shardId()).checkpoint(batch.lastSequenceNumber());
        }
    }
}
