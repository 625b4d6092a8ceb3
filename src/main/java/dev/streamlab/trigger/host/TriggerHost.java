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
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs a mapping file's triggers in this process: one stream follower per enabled mapping, each with its
 * own checkpoints in the state folder, so two mappings on one stream each get every record. The writes
 * triggers make during an invocation are traced against it by a global SDK interceptor.
 */
public final class TriggerHost implements AutoCloseable {

    private final Connection connection;
    private final TriggerRegistry registry;
    private final HostListener listener;
    private final HostOptions options;
    private final CausalTrace trace;
    private final List<MappingRuntime> mappings;
    private final StateFolderLock stateLock;

    public TriggerHost(Connection connection, MappingFile file, TriggerRegistry registry, HostListener listener,
            CausalTrace trace, HostOptions options) {
        this.options = options;
        this.connection = connection;
        this.registry = registry;
        this.listener = listener;
        this.trace = trace;
        this.mappings = file.mappings().stream()
                .map(mapping -> new MappingRuntime(this, mapping, file.functions().get(mapping.functionName()),
                        new MappingGate(mapping.functionName(), mapping.tableName(), trace::tell, trace.clock())))
                .toList();
        this.stateLock = StateFolderLock.acquire(options.stateDir());
    }

    /** The file's mappings, in its order. */
    public List<MappingRuntime> mappings() {
        return mappings;
    }

    /** Step mode and the loop guard of the mapping at this index of eventSourceMappings. */
    public MappingGate gate(int mappingIndex) {
        return mappings.get(mappingIndex).gate();
    }

    /** Creates every trigger first (a bad one starts nothing), then follows each enabled mapping's table. */
    public void start() {
        List<MappingRuntime> enabled = mappings.stream().filter(runtime -> runtime.mapping().enabled()).toList();
        enabled.forEach(MappingRuntime::trigger);
        enabled.forEach(MappingRuntime::enable);
    }

    Trigger createTrigger(MappingRuntime runtime) {
        FunctionDefinition function = runtime.function();
        if (function.handler() instanceof Handler.Builtin builtin) {
            return registry.byName(builtin.name(), where(runtime.mapping())).create(function.environment());
        }
        return LambdaHandlerTrigger.create(function, (Handler.JavaClass) function.handler(), options.handlers(),
                connection.profile(), LambdaHandlerTrigger.DEFAULT_TIMEOUT);
    }

    MappingRuntime.Reading follow(MappingRuntime runtime, Trigger trigger) {
        EventSourceMapping mapping = runtime.mapping();
        String name = runtime.function().name();
        var rules = new DeliveryRules(mapping.maximumRetryAttempts(),
                mapping.maximumRecordAgeSeconds() < 0 ? Optional.empty()
                        : Optional.of(Duration.ofSeconds(mapping.maximumRecordAgeSeconds())),
                mapping.bisectBatchOnFunctionError(), mapping.reportBatchItemFailures());
        var call = new FunctionCall(name, trigger, connection.clients().dynamo(), listener,
                mapping.reportBatchItemFailures(), trace, runtime.stats());
        var stop = new HostStop();
        var invoker = new BatchInvoker(call, rules, mapping.onFailureDestination().map(Path::of).map(FailureFile::new),
                "arn:aws:lambda:" + connection.profile().region() + ":000000000000:function:" + name,
                listener, options.pause(), trace.clock(), runtime.gate(), trace, options.loopLimit(), runtime.stats(),
                stop);
        var filter = mapping.filterCriteria() == null ? FilterCriteria.none()
                : FilterCriteria.parse(mapping.filterCriteria(), where(mapping));
        var processor = new MappingShardProcessor(filter, mapping.batchSize(), mapping.maximumBatchingWindow(), invoker,
                trace.clock(), trace);
        var checkpoints = new FileCheckpoints(options.stateDir().resolve(
                "checkpoints-" + name + "-" + mapping.tableName() + ".json"));
        var follower = new StreamFollower(connection, mapping.tableName(), mapping.startingPosition(), checkpoints,
                processor, new StreamReportsToHost(name));
        return new MappingRuntime.Reading(follower, processor, stop);
    }

    private static String where(EventSourceMapping mapping) {
        return "eventSourceMappings[" + mapping.index() + "] (FunctionName " + mapping.functionName() + ")";
    }

    @Override
    public void close() throws InterruptedException {
        // First no mapping may start a batch, then each reader stops: none starts one while another closes.
        mappings.forEach(MappingRuntime::stopping);
        try {
            for (MappingRuntime runtime : mappings) {
                runtime.disable();
            }
        } finally {
            stateLock.close();
        }
    }
}
