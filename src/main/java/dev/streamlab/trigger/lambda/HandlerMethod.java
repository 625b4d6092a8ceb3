package dev.streamlab.trigger.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.streamlab.json.Json;
import dev.streamlab.trigger.TriggerEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The one method Lambda calls on a handler's one instance (null for a static method), and how it takes the event:
 * as a {@code DynamodbEvent} (with or without the Context) or as JSON bytes, like a {@code RequestStreamHandler}.
 */
record HandlerMethod(Object instance, Method method, Shape shape) {

    enum Shape { EVENT, EVENT_AND_CONTEXT, STREAMS, STREAMS_AND_CONTEXT }

    /** Like Lambda's serialiser, an answer object without properties is {} (success), not an error. */
    private static final ObjectMapper ANSWERS = Json.mapper().copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** @return the answer as JSON, null when there was none */
    JsonNode invoke(TriggerEvent event, Context context) throws Exception {
        return switch (shape) {
            case EVENT -> ANSWERS.valueToTree(call(DynamodbEvents.event(event.records())));
            case EVENT_AND_CONTEXT -> ANSWERS.valueToTree(call(DynamodbEvents.event(event.records()), context));
            case STREAMS, STREAMS_AND_CONTEXT -> streams(event, context);
        };
    }

    private JsonNode streams(TriggerEvent event, Context context) throws Exception {
        var input = new ByteArrayInputStream(Json.mapper().writeValueAsBytes(event.json()));
        var output = new ByteArrayOutputStream();
        if (shape == Shape.STREAMS) {
            call(input, output);
        } else {
            call(input, output, context);
        }
        // Lambda treats no output as a null answer and output that is not JSON as a failed batch (readTree throws).
        return output.size() == 0 ? null : Json.mapper().readTree(output.toByteArray());
    }

    private Object call(Object... arguments) throws Exception {
        try {
            return method.invoke(instance, arguments);
        } catch (InvocationTargetException e) {
            // The handler's own exception fails the batch, as a function error does on Lambda.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new HandlerError(e.getCause());
        }
    }

    /** A handler threw an Error (e.g. AssertionError): a function error for this batch, not the host's end. */
    static final class HandlerError extends Exception {
        HandlerError(Throwable cause) {
            super(cause.toString(), cause);
        }
    }
}
