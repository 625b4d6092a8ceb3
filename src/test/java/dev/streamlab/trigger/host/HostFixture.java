package dev.streamlab.trigger.host;

import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.connect.Connection;
import dev.streamlab.stream.CheckpointStore;
import dev.streamlab.stream.StartingPosition;
import dev.streamlab.stream.StreamFollower;
import dev.streamlab.stream.StreamListener;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.filter.FilterCriteria;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.TraceEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Runs one mapping's processor over a real table's stream, recording every invocation and its batch. */
final class HostFixture implements HostListener {

    static final Duration DEADLINE = Duration.ofSeconds(20);

    final List<List<String>> batches = new ArrayList<>();
    final List<Invocation> invocations = new ArrayList<>();
    final List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
    final CausalTrace trace = new CausalTrace(events::add, Clock.systemUTC());
    final MappingGate gate = new MappingGate("test-function", "test-table", trace::tell, Clock.systemUTC());
    final MappingStats stats = new MappingStats();
    final HostStop stop = new HostStop();
    /** The client triggers get; what they write during an invocation is traced by the global interceptor. */
    final DynamoDbClient tracedDynamo = LocalDynamo.clients().dynamo();
    int loopLimit = HostOptions.DEFAULT_LOOP_LIMIT;
    final List<Integer> loopGuards = new ArrayList<>();

    /** A trigger that records each batch's Ids and then does what {@code behaviour} says. */
    Trigger recording(Behaviour behaviour) {
        return (event, context) -> {
            synchronized (this) {
                batches.add(event.records().stream().map(HostFixture::id).toList());
            }
            return behaviour.answer(event.records());
        };
    }

    interface Behaviour {
        BatchResponse answer(List<StreamRecord> records) throws Exception;
    }

    StreamFollower follow(String table, Trigger trigger, int batchSize, Duration window, DeliveryRules rules,
            Optional<Path> destination, FilterCriteria filter, CheckpointStore checkpoints, Clock clock) {
        var call = new FunctionCall("test-function", trigger, tracedDynamo, this, rules.reportBatchItemFailures(),
                trace, stats);
        var invoker = new BatchInvoker(call, rules, destination.map(FailureFile::new),
                "arn:aws:lambda:us-east-1:000000000000:function:test-function", this, attempt -> { }, clock, gate, trace,
                loopLimit, stats, stop);
        var processor = new MappingShardProcessor(filter, batchSize, window, invoker, clock, trace);
        var follower = new StreamFollower(new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server())),
                table, StartingPosition.TRIM_HORIZON, checkpoints, processor, StreamListener.NONE);
        follower.start();
        return follower;
    }

    @Override
    public synchronized void loopGuard(String functionName, int depth) {
        loopGuards.add(depth);
        notifyAll();
    }

    @Override
    public synchronized void invoked(Invocation invocation) {
        invocations.add(invocation);
        notifyAll();
    }

    synchronized void awaitInvocations(Predicate<List<Invocation>> condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.test(invocations)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Invocations did not come in " + DEADLINE + "; got " + invocations);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    static void put(String table, int id) {
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(table)
                .item(Map.of("Id", AttributeValue.fromN(Integer.toString(id)), "Amount", AttributeValue.fromN("10"))));
    }

    static String id(StreamRecord record) {
        return record.keys().get("Id").n();
    }

    static DeliveryRules rules(int retries, boolean bisect, boolean partial) {
        return new DeliveryRules(retries, Optional.empty(), bisect, partial);
    }
}
