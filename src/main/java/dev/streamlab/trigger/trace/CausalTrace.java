package dev.streamlab.trigger.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import dev.streamlab.stream.StreamRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The step-by-step story: every stream record, invocation and derived write is an event naming its cause.
 * A record is caused by the derived write that produced it (matched by table and keys); an invocation by
 * the records of its batch; a derived write by its invocation. Chains of causes give each record a depth,
 * which the loop guard watches.
 */
public final class CausalTrace {

    /** A derived write that no record has claimed after this long produced none (an update that changed nothing). */
    private static final Duration UNCLAIMED_AFTER = Duration.ofMinutes(1);
    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();
    private static final int REMEMBERED = 100_000;

    private final Consumer<ObjectNode> sink;
    private final Clock clock;
    private final Map<String, Integer> recordDepths = recent();
    private final Map<String, Integer> invocationDepths = recent();
    private final Deque<Pending> unclaimed = new ArrayDeque<>();

    private record Pending(String writeId, String requestId, DerivedWrite write, Instant at) {
    }

    /** The invocation running on a thread, and the trace it belongs to. */
    record Current(CausalTrace trace, String requestId) {
    }

    public CausalTrace(Consumer<ObjectNode> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** Remembers the latest entries only: a host runs for days, and old chains are finished. */
    private static Map<String, Integer> recent() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    static Optional<Current> currentInvocation() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs a trigger's invocation so that the writes it makes on this thread are recorded against it. */
    public <T> T during(String requestId, List<StreamRecord> causes, ThrowingSupplier<T> invocation) throws Exception {
        synchronized (this) {
            invocationDepths.put(requestId, causes.stream().mapToInt(r -> recordDepths.getOrDefault(r.eventId(), 0))
                    .max().orElse(0));
        }
        CURRENT.set(new Current(this, requestId));
        try {
            return invocation.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** An invocation's body, which may throw like a trigger does. */
    @FunctionalInterface
    public interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** A record read from a stream; seen by several mappings, it is told once. Returns its depth. */
    public synchronized int seen(StreamRecord record) {
        Integer known = recordDepths.get(record.eventId());
        if (known != null) {
            return known;
        }
        forgetUnclaimed();
        Optional<Pending> cause = unclaimed.stream()
                .filter(pending -> pending.write().produced(tableOf(record), record.keys())).findFirst();
        cause.ifPresent(unclaimed::remove);
        int depth = cause.map(pending -> invocationDepths.getOrDefault(pending.requestId(), 0) + 1).orElse(0);
        recordDepths.put(record.eventId(), depth);
        ObjectNode event = event("record", record.eventId()).put("eventName", record.eventName())
                .put("table", tableOf(record)).put("sequenceNumber", record.sequenceNumber()).put("depth", depth);
        event.set("keys", ItemJson.toDynamoNode(record.keys()));
        cause.ifPresent(pending -> event.put("cause", pending.writeId()));
        sink.accept(event);
        return depth;
    }

    synchronized void written(String requestId, DerivedWrite write) {
        String writeId = UUID.randomUUID().toString();
        unclaimed.addLast(new Pending(writeId, requestId, write, clock.instant()));
        ObjectNode event = event("write", writeId).put("operation", write.operation()).put("table", write.table())
                .put("cause", requestId);
        event.set("key", ItemJson.toDynamoNode(write.key()));
        sink.accept(event);
    }

    /** Invocations and failures are told by the host; they arrive here to be written with the rest. */
    public synchronized void tell(ObjectNode event) {
        sink.accept(event);
    }

    private ObjectNode event(String type, String id) {
        return Json.mapper().createObjectNode().put("type", type).put("id", id).put("time", clock.instant().toString());
    }

    private void forgetUnclaimed() {
        Instant oldest = clock.instant().minus(UNCLAIMED_AFTER);
        while (!unclaimed.isEmpty() && unclaimed.peekFirst().at().isBefore(oldest)) {
            unclaimed.removeFirst();
        }
    }

    /** The table name inside a stream ARN: arn:aws:dynamodb:REGION:ACCOUNT:table/NAME/stream/LABEL. */
    static String tableOf(StreamRecord record) {
        String arn = record.eventSourceArn();
        int start = arn.indexOf(":table/") + ":table/".length();
        return arn.substring(start, arn.indexOf('/', start));
    }
}
