package dev.streamlab.scenario;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.data.Database;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.host.HostListener;
import dev.streamlab.trigger.host.HostOptions;
import dev.streamlab.trigger.host.LoadedMappings;
import dev.streamlab.trigger.host.TriggerRegistry;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.trigger.trace.WriteTraced;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What a player needs on the shared DynamoDB Local: the data services, loaded mappings, and the trace they tell. */
final class PlayerFixture implements AutoCloseable {

    final List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
    final Connection connection = new Connection(ClientFactory.open(LocalDynamo.profile()), Optional.empty());
    final Database database = new Database(connection);
    final LoadedMappings mappings;

    PlayerFixture(Path stateDir) {
        var trace = new CausalTrace(events::add, Clock.systemUTC());
        mappings = new LoadedMappings(connection, new TriggerRegistry(getClass().getClassLoader()), trace,
                HostOptions.defaults(stateDir), HostListener.NONE);
    }

    ScenarioPlayer player(Path scenarioFile) {
        return new ScenarioPlayer(ScenarioFile.read(scenarioFile), database, mappings);
    }

    Optional<Map<String, AttributeValue>> item(String table, Map<String, AttributeValue> key) {
        return database.items().get(table, key);
    }

    void awaitItem(String what, String table, Map<String, AttributeValue> key,
            Predicate<Optional<Map<String, AttributeValue>>> condition) throws InterruptedException {
        Await.until(what, () -> condition.test(item(table, key)));
    }

    <T extends TraceEvent> List<T> events(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    List<WriteTraced> writesOf(Invocation invocation) {
        return events(WriteTraced.class).stream().filter(w -> w.invocationId().equals(invocation.requestId())).toList();
    }

    @Override
    public void close() throws InterruptedException {
        mappings.close();
        connection.close();
    }
}
