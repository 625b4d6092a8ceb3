package dev.streamlab.local;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Server;

/**
 * Reaches the Jetty server inside {@link DynamoDBProxyServer}, which keeps it in a private field:
 * the only way to choose the interface it listens on (and, later, to observe its requests).
 */
final class JettyAccess {

    private JettyAccess() {
    }

    static Server serverOf(DynamoDBProxyServer proxy) {
        try {
            Field field = DynamoDBProxyServer.class.getDeclaredField("server");
            field.setAccessible(true);
            return (Server) field.get(proxy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This DynamoDB Local version keeps its Jetty server elsewhere; "
                    + "StreamLab needs DynamoDBLocal 2.6.x", e);
        }
    }
}
