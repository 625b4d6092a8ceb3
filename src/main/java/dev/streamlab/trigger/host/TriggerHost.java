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
import dev.streamlab.trigger.trace.CausalTrace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a mapping file's triggers in this process: one stream follower per enabled mapping, each with its
 * own checkpoints in the state folder, so two mappings on one stream each get every record. The writes
 * triggers make during an invocation are traced against it by a global SDK interceptor.
 */
public final class TriggerHost implements AutoCloseable {

    private final Connection connection;
    private final MappingFile file;
    private final TriggerRegistry registry;
    private final HostListener listener;
    private final HostOptions options;
    private final CausalTrace trace;
    private final Map<Integer, MappingGate> gates = new LinkedHashMap<>();
    private final List<StreamFollower> followers = new ArrayList<>();

    public TriggerHost(Connection connection, MappingFile file, TriggerRegistry registry, HostListener listener,
            CausalTrace trace, HostOptions options) {
        this.options = options;
        this.connection = connection;
        this.file = file;
        this.registry = registry;
        this.listener = listener;
        this.trace = trace;
        file.mappings().forEach(mapping -> gates.put(mapping.index(), new MappingGate()));
    }

    /** Step mode and the loop guard of the mapping at this index of eventSourceMappings. */
    public MappingGate gate(int mappingIndex) {
        return gates.get(mappingIndex);
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
                mapping.reportBatchItemFailures(), trace);
        var invoker = new BatchInvoker(call, rules, mapping.onFailureDestination().map(Path::of).map(FailureDestination::new),
                "arn:aws:lambda:" + connection.profile().region() + ":000000000000:function:" + function.name(),
                listener, options.pause(), Clock.systemUTC(), gates.get(mapping.index()), trace, options.loopLimit());
        var filter = mapping.filterCriteria() == null ? FilterCriteria.none()
                : FilterCriteria.parse(mapping.filterCriteria(), where);
        var processor = new MappingShardProcessor(filter, mapping.batchSize(), mapping.maximumBatchingWindow(), invoker,
                Clock.systemUTC(), trace);
        var checkpoints = new FileCheckpoints(options.stateDir().resolve(
                "checkpoints-" + function.name() + "-" + mapping.tableName() + ".json"));
        return new StreamFollower(connection, mapping.tableName(), mapping.startingPosition(), checkpoints, processor,
                new StreamReportsToHost(function.name()));
    }

    private Trigger create(FunctionDefinition function, String where) {
        if (function.handler() instanceof Handler.Builtin builtin) {
            return registry.byName(builtin.name(), where).create(function.environment());
        }
        return LambdaHandlerTrigger.create(function, (Handler.JavaClass) function.handler(), options.handlers(),
                connection.profile(), LambdaHandlerTrigger.DEFAULT_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        for (StreamFollower follower : followers) {
            follower.close();
        }
    }
}
