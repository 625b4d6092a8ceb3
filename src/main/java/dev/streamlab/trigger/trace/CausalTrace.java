package dev.streamlab.trigger.trace;

import dev.streamlab.stream.StreamRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The step-by-step story: every stream record, invocation and derived write is an event naming its cause.
 * A record is caused by the derived write that produced it (matched by table and keys); an invocation by
 * the records of its batch; a derived write by its invocation. Chains of causes give each record a depth,
 * which the loop guard watches. Events reach the sink one at a time, in the order they are told.
 */
public final class CausalTrace {

    /** A derived write that no record has claimed after this long produced none (an update that changed nothing). */
    private static final Duration UNCLAIMED_AFTER = Duration.ofMinutes(1);
    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();
    private static final int REMEMBERED = 100_000;

    private final Consumer<TraceEvent> sink;
    private final Clock clock;
    private final Map<String, Integer> recordDepths = recent();
    private final Map<String, Integer> invocationDepths = recent();
    private final Deque<WriteInFlight> unclaimed = new ArrayDeque<>();
    private final Set<String> untold = new HashSet<>();

    /** The invocation running on a thread, and the trace it belongs to. */
    record Current(CausalTrace trace, String requestId) {
    }

    public CausalTrace(Consumer<TraceEvent> sink, Clock clock) {
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

    public Clock clock() {
        return clock;
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

    /** A record read from a stream; seen by several readers, it is told once. Returns its depth. */
    public synchronized int seen(StreamRecord record) {
        Integer known = recordDepths.get(record.eventId());
        if (known != null) {
            return known;
        }
        forgetUnclaimed();
        String table = tableOf(record);
        Optional<WriteInFlight> cause = unclaimed.stream()
                .filter(write -> write.write().produced(table, record.keys())).findFirst();
        cause.ifPresent(write -> {
            unclaimed.remove(write);
            // Its record is here, so the write happened: tell it first even if its response is still on the way.
            tellOnce(write);
        });
        int depth = cause.map(write -> invocationDepths.getOrDefault(write.invocationId(), 0) + 1).orElse(0);
        recordDepths.put(record.eventId(), depth);
        sink.accept(new RecordTraced(clock.instant(), table, record, depth, cause.map(WriteInFlight::id)));
        return depth;
    }

    /**
     * A trigger is about to send writes: they are known before they are sent, so a reader can never see
     * their records first and miss the cause.
     */
    synchronized List<WriteInFlight> sending(String invocationId, List<DerivedWrite> writes) {
        List<WriteInFlight> sent = writes.stream()
                .map(write -> new WriteInFlight(UUID.randomUUID().toString(), invocationId, write, clock.instant()))
                .toList();
        unclaimed.addAll(sent);
        sent.forEach(write -> untold.add(write.id()));
        return sent;
    }

    /** DynamoDB accepted the writes. */
    synchronized void succeeded(List<WriteInFlight> writes) {
        writes.forEach(this::tellOnce);
    }

    /** DynamoDB refused the writes: they made no records. */
    synchronized void failed(List<WriteInFlight> writes) {
        writes.stream().filter(write -> untold.remove(write.id())).forEach(unclaimed::remove);
    }

    /** Invocations, failures and the host's other events are told by the host; they reach the sink in order. */
    public synchronized void tell(TraceEvent event) {
        sink.accept(event);
    }

    private void tellOnce(WriteInFlight write) {
        if (untold.remove(write.id())) {
            sink.accept(new WriteTraced(write.at(), write.id(), write.invocationId(), write.write()));
        }
    }

    private void forgetUnclaimed() {
        Instant oldest = clock.instant().minus(UNCLAIMED_AFTER);
        while (!unclaimed.isEmpty() && unclaimed.peekFirst().at().isBefore(oldest)) {
            unclaimed.removeFirst();
        }
    }

    /** The table name inside a stream ARN: arn:aws:dynamodb:REGION:ACCOUNT:table/NAME/stream/LABEL. */
    public static String tableOf(StreamRecord record) {
        String arn = record.eventSourceArn();
        int start = arn.indexOf(":table/") + ":table/".length();
        return arn.substring(start, arn.indexOf('/', start));
    }
}
