package dev.streamlab.stream;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads one shard from its checkpoint (or starting position) to its end, in order, handing each batch
 * to its processor, which checkpoints what it has handled. Recovers from what real streams and
 * DynamoDB Local do: expired or trimmed iterators, an endpoint that goes away and comes back.
 */
final class ShardWorker {

    /** How a shard's reading ended. */
    enum Outcome { ENDED, CAUGHT_UP, GONE, STOPPED }

    private static final Logger LOG = LoggerFactory.getLogger(ShardWorker.class);
    private static final int MAX_RECORDS = 1000;
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);

    private final ReaderContext context;
    private final StreamHandle stream;
    private final String shardId;
    private final StartingPosition start;
    private final ShardRecordProcessor processor;
    private final Pacer pacer;
    private boolean initialized;

    ShardWorker(ReaderContext context, StreamHandle stream, String shardId, StartingPosition start,
            ShardRecordProcessor processor) {
        this.context = context;
        this.stream = stream;
        this.shardId = shardId;
        this.start = start;
        this.processor = processor;
        this.pacer = new Pacer(context.polling(), context.clock());
    }

    /** Reads until the shard ends, or until caught up when {@code untilCaughtUp}, or until stopped. */
    Outcome read(boolean untilCaughtUp, BooleanSupplier stopping) throws InterruptedException {
        Outcome outcome = loop(untilCaughtUp, stopping);
        if (outcome == Outcome.ENDED) {
            processor.shardEnded(stream, shardId);
            context.listener().shardEnded(stream, shardId);
        } else if (initialized) {
            processor.shutdown(stream, shardId);
        }
        return outcome;
    }

    private Outcome loop(boolean untilCaughtUp, BooleanSupplier stopping) throws InterruptedException {
        String iterator = null;
        Duration retry = FIRST_RETRY;
        boolean down = false;
        while (!stopping.getAsBoolean()) {
            try {
                long mark = context.waiter().mark();
                if (iterator == null) {
                    iterator = acquire();
                    if (!initialized) {
                        // Only now is the position fixed (LATEST means "after this moment").
                        initialized = true;
                        processor.initialize(stream, shardId,
                                sequence -> context.checkpoints().save(shardId, sequence));
                    }
                }
                GetRecordsResponse response = getRecords(iterator);
                if (down) {
                    down = false;
                    retry = FIRST_RETRY;
                    context.listener().recovered(stream);
                }
                boolean got = response.hasRecords() && !response.records().isEmpty();
                if (got) {
                    var batch = new RecordBatch(stream, shardId, StreamRecords.of(response.records(), stream, shardId));
                    processor.processBatch(batch);
                } else {
                    processor.idle(stream, shardId);
                }
                iterator = response.nextShardIterator();
                if (iterator == null) {
                    return Outcome.ENDED;
                }
                if (!got && untilCaughtUp) {
                    return Outcome.CAUGHT_UP;
                }
                if (context.waiter().await(mark, pacer.next(got))) {
                    pacer.activity();
                }
            } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
                LOG.info("Shard {}: {}; reading again from the checkpoint", shardId, e.getClass().getSimpleName());
                iterator = null;
            } catch (ResourceNotFoundException e) {
                return Outcome.GONE;
            } catch (DynamoDbException e) {
                if (String.valueOf(e.getMessage()).contains("ShardId")) {
                    // DynamoDB Local's answer for a shard it no longer has: the lineage must be described again.
                    return Outcome.GONE;
                }
                throw e;
            } catch (SdkClientException e) {
                if (stopping.getAsBoolean()) {
                    // Closing interrupts the reader mid-request: that is no outage.
                    return Outcome.STOPPED;
                }
                if (!down) {
                    down = true;
                    context.listener().outage(stream, e);
                }
                iterator = null;
                context.waiter().await(context.waiter().mark(), retry);
                retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
            }
        }
        return Outcome.STOPPED;
    }

    private GetRecordsResponse getRecords(String iterator) {
        return context.streams().getRecords(r -> r.shardIterator(iterator).limit(MAX_RECORDS));
    }

    /** After the checkpoint when there is one, else at the starting position. */
    private String acquire() {
        DynamoDbStreamsClient streams = context.streams();
        var checkpoint = context.checkpoints().get(shardId);
        try {
            return streams.getShardIterator(r -> {
                r.streamArn(stream.streamArn()).shardId(shardId);
                checkpoint.ifPresentOrElse(
                        sequence -> r.shardIteratorType("AFTER_SEQUENCE_NUMBER").sequenceNumber(sequence),
                        () -> r.shardIteratorType(start.name()));
            }).shardIterator();
        } catch (TrimmedDataAccessException e) {
            // The checkpoint is older than the stream keeps: the oldest record kept is the next one there is.
            LOG.warn("Shard {}: records after the checkpoint were trimmed; reading from the oldest kept", shardId);
            return streams.getShardIterator(r -> r.streamArn(stream.streamArn()).shardId(shardId)
                    .shardIteratorType("TRIM_HORIZON")).shardIterator();
        }
    }
}
