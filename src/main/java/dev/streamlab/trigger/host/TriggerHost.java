package dev.streamlab.trigger.host;

import dev.streamlab.connect.Connection;
import dev.streamlab.stream.StreamFollower;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.filter.FilterCriteria;
import dev.streamlab.trigger.lambda.LambdaHandlerTrigger;
import dev.streamlab.trigger.mapping.EventSourceMapping;
import dev.streamlab.trigger.mapping.FunctionDefinition;
import dev.streamlab.trigger.mapping.Handler;
import dev.streamlab.trigger.mapping.MappingFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a mapping file's triggers in this process: one stream follower per enabled mapping, each with its
 * own checkpoints in the state folder, so two mappings on one stream each get every record.
 */
public final class TriggerHost implements AutoCloseable {

    private final Connection connection;
    private final MappingFile file;
    private final TriggerRegistry registry;
    private final Path stateDir;
    private final HostListener listener;
    private final RetryPause pause;
    private final ClassLoader handlers;
    private final List<StreamFollower> followers = new ArrayList<>();

    public TriggerHost(Connection connection, MappingFile file, TriggerRegistry registry, Path stateDir,
            HostListener listener, RetryPause pause) {
        this(connection, file, registry, stateDir, listener, pause, TriggerHost.class.getClassLoader());
    }

    /** @param handlers where Lambda handler classes are loaded from: the plugins folder's loader */
    public TriggerHost(Connection connection, MappingFile file, TriggerRegistry registry, Path stateDir,
            HostListener listener, RetryPause pause, ClassLoader handlers) {
        this.handlers = handlers;
        this.connection = connection;
        this.file = file;
        this.registry = registry;
        this.stateDir = stateDir;
        this.listener = listener;
        this.pause = pause;
    }

    /** Creates every trigger first (a bad one starts nothing), then follows each mapping's table. */
    public void start() {
        List<StreamFollower> ready = new ArrayList<>();
        for (EventSourceMapping mapping : file.mappings()) {
            if (mapping.enabled()) {
                ready.add(follower(mapping));
            }
        }
        ready.forEach(StreamFollower::start);
        followers.addAll(ready);
    }

    private StreamFollower follower(EventSourceMapping mapping) {
        String where = "eventSourceMappings[" + mapping.index() + "] (FunctionName " + mapping.functionName() + ")";
        FunctionDefinition function = file.functions().get(mapping.functionName());
        Trigger trigger = create(function, where);
        var rules = new DeliveryRules(mapping.maximumRetryAttempts(),
                mapping.maximumRecordAgeSeconds() < 0 ? Optional.empty()
                        : Optional.of(Duration.ofSeconds(mapping.maximumRecordAgeSeconds())),
                mapping.bisectBatchOnFunctionError(), mapping.reportBatchItemFailures());
        var call = new FunctionCall(function.name(), trigger, connection.clients().dynamo(), listener,
                mapping.reportBatchItemFailures());
        var invoker = new BatchInvoker(call, rules, mapping.onFailureDestination().map(Path::of).map(FailureDestination::new),
                "arn:aws:lambda:" + connection.profile().region() + ":000000000000:function:" + function.name(),
                listener, pause, Clock.systemUTC());
        var filter = mapping.filterCriteria() == null ? FilterCriteria.none()
                : FilterCriteria.parse(mapping.filterCriteria(), where);
        var processor = new MappingShardProcessor(filter, mapping.batchSize(), mapping.maximumBatchingWindow(), invoker,
                Clock.systemUTC());
        var checkpoints = new FileCheckpoints(stateDir.resolve(
                "checkpoints-" + function.name() + "-" + mapping.tableName() + ".json"));
        return new StreamFollower(connection, mapping.tableName(), mapping.startingPosition(), checkpoints, processor,
                new StreamReportsToHost(function.name()));
    }

    private Trigger create(FunctionDefinition function, String where) {
        if (function.handler() instanceof Handler.Builtin builtin) {
            return registry.byName(builtin.name(), where).create(function.environment());
        }
        return LambdaHandlerTrigger.create(function, (Handler.JavaClass) function.handler(), handlers,
                connection.profile(), LambdaHandlerTrigger.DEFAULT_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        for (StreamFollower follower : followers) {
            follower.close();
        }
    }
}
