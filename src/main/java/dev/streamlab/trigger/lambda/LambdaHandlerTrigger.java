package dev.streamlab.trigger.lambda;

import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerContext;
import dev.streamlab.trigger.TriggerEvent;
import dev.streamlab.trigger.mapping.FunctionDefinition;
import dev.streamlab.trigger.mapping.Handler;
import java.time.Duration;

/**
 * Runs a real AWS Lambda Java handler class, unchanged, as a trigger: called the way Lambda calls a function on a
 * DynamoDB stream.
 *
 * <ul>
 * <li><b>Handler</b>: {@code pkg.Class} or {@code pkg.Class::method}, loaded from the plugins class loader. A
 * {@code RequestHandler<DynamodbEvent, ?>}, or any public {@code (DynamodbEvent, Context)} / {@code (DynamodbEvent)}
 * method, gets a complete {@code DynamodbEvent}; a {@code RequestStreamHandler} (or an
 * {@code (InputStream, OutputStream[, Context])} method) gets the event JSON. One instance per function, made once
 * through its public no-arg constructor, as in a warm container.</li>
 * <li><b>Answer</b>: read as Lambda reads it, as JSON: a {@code StreamsEventResponse}'s batchItemFailures become
 * {@link BatchResponse#failures}; null or empty is success; a thrown exception fails the batch.</li>
 * <li><b>Context</b>: the function name, a fresh request id per invocation, remaining time from the timeout
 * (3 s, Lambda's default, unless given; not enforced), 128 MB, version $LATEST, log group /aws/lambda/NAME, and a
 * logger writing to the function's log.</li>
 * <li><b>The handler's own SDK v2 clients</b> ({@code DynamoDbClient.create()}): before the first invocation the
 * system properties {@code aws.region} and, for a local connection, {@code aws.endpointUrlDynamoDb},
 * {@code aws.endpointUrlDynamoDbStreams}, {@code aws.accessKeyId} and {@code aws.secretAccessKey} (StreamLab's
 * dummy local key) are set, so those clients reach the connected DynamoDB Local. For AWS only the region is set.
 * These writes do not go through StreamLab's instrumented client, so they are not in the trace.</li>
 * <li><b>Environment.Variables</b>: one JVM has one {@code System.getenv}, so a function's variables are given
 * exactly through {@code context.getClientContext().getEnvironment()} and also as Java system properties of the
 * same names ({@code System.getProperty("TABLE_NAME")}), where two functions naming one variable share the last
 * value set. Handler code that must also run on AWS can read {@code System.getenv} first and fall back to these.</li>
 * </ul>
 */
public final class LambdaHandlerTrigger implements Trigger {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    private final HandlerMethod handler;
    private final ClassLoader loader;
    private final FunctionEnvironment environment;
    private final String functionArn;
    private final Duration timeout;

    private LambdaHandlerTrigger(HandlerMethod handler, ClassLoader loader, FunctionEnvironment environment,
            String functionArn, Duration timeout) {
        this.handler = handler;
        this.loader = loader;
        this.environment = environment;
        this.functionArn = functionArn;
        this.timeout = timeout;
    }

    /**
     * Loads and instantiates the handler now, so a bad name stops the host before any stream is read.
     *
     * @throws dev.streamlab.model.UserInputException naming the function and the handler
     */
    public static LambdaHandlerTrigger create(FunctionDefinition function, Handler.JavaClass handler,
            ClassLoader loader, ConnectionProfile profile, Duration timeout) {
        // Set before the constructor runs: handlers usually build their SDK client and read settings in it.
        SdkDefaults.pointAt(profile);
        var environment = new FunctionEnvironment(function.environment());
        environment.publishAsSystemProperties();
        HandlerMethod method = WithLoader.call(loader, () -> HandlerLoader.load(function.name(), handler, loader));
        String arn = "arn:aws:lambda:" + profile.region() + ":000000000000:function:" + function.name();
        return new LambdaHandlerTrigger(method, loader, environment, arn, timeout);
    }

    @Override
    public BatchResponse handle(TriggerEvent event, TriggerContext context) throws Exception {
        var lambdaContext = new LambdaContext(context, functionArn, environment, timeout.toMillis());
        return WithLoader.call(loader, () -> BatchItemFailures.read(handler.invoke(event, lambdaContext)));
    }
}
