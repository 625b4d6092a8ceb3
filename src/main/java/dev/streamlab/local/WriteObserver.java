package dev.streamlab.local;

import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Wraps DynamoDB Local's handler: when a request that writes items has been answered, fires the signal. */
final class WriteObserver extends Handler.Wrapper {

    private static final String TARGET_HEADER = "X-Amz-Target";
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems", "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction");

    private final WriteSignal signal;

    WriteObserver(Handler wrapped, WriteSignal signal) {
        super(wrapped);
        this.signal = signal;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!isWrite(request.getHeaders().get(TARGET_HEADER))) {
            return super.handle(request, response, callback);
        }
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                super.succeeded();
                signal.fire();
            }
        });
    }

    /** e.g. "DynamoDB_20120810.PutItem"; the Streams API's targets start with "DynamoDBStreams_". */
    static boolean isWrite(String target) {
        if (target == null || !target.startsWith("DynamoDB_")) {
            return false;
        }
        return WRITES.contains(target.substring(target.indexOf('.') + 1));
    }
}
