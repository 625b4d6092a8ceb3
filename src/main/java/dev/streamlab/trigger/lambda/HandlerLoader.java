package dev.streamlab.trigger.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.lambda.HandlerMethod.Shape;
import dev.streamlab.trigger.mapping.Handler;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a handler name the way Lambda's Java runtime does ({@code pkg.Class} calls {@code handleRequest},
 * {@code pkg.Class::method} that method) and makes the single instance a warm container keeps.
 */
final class HandlerLoader {

    private static final List<Shape> PREFERRED = List.of(Shape.EVENT_AND_CONTEXT, Shape.STREAMS_AND_CONTEXT,
            Shape.EVENT, Shape.STREAMS);

    private HandlerLoader() {
    }

    /** @throws UserInputException naming the function and the handler, when Lambda could not call it either */
    static HandlerMethod load(String functionName, Handler.JavaClass handler, ClassLoader loader) {
        String methodName = handler.method().orElse("handleRequest");
        String named = handler.className() + handler.method().map(m -> "::" + m).orElse("");
        String start = "The function " + functionName + " has the handler " + named + ", but ";
        Class<?> type;
        try {
            type = Class.forName(handler.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new UserInputException(start + "no class " + handler.className()
                    + " is on the class path or in a plugins jar.", e);
        }
        for (Shape shape : PREFERRED) {
            Optional<Method> method = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(methodName) && !m.isBridge() && fits(m, shape))
                    .findFirst();
            if (method.isPresent()) {
                Object instance = Modifier.isStatic(method.get().getModifiers()) ? null : instantiate(type, start);
                return new HandlerMethod(instance, method.get(), shape);
            }
        }
        throw new UserInputException(start + "it has no public method " + methodName + " taking (DynamodbEvent, Context),"
                + " (DynamodbEvent) or (InputStream, OutputStream, Context).");
    }

    private static boolean fits(Method method, Shape shape) {
        Class<?>[] p = method.getParameterTypes();
        return switch (shape) {
            case EVENT -> p.length == 1 && p[0].isAssignableFrom(DynamodbEvent.class);
            case EVENT_AND_CONTEXT -> p.length == 2 && p[0].isAssignableFrom(DynamodbEvent.class) && p[1] == Context.class;
            case STREAMS -> p.length == 2 && p[0] == InputStream.class && p[1] == OutputStream.class;
            case STREAMS_AND_CONTEXT -> p.length == 3 && p[0] == InputStream.class && p[1] == OutputStream.class
                    && p[2] == Context.class;
        };
    }

    private static Object instantiate(Class<?> type, String start) {
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            throw new UserInputException(start + "its class is not a public concrete class.");
        }
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new UserInputException(start + "its class has no public constructor without arguments.", e);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UserInputException(start + "its constructor failed (" + cause + ").", e);
        }
    }
}
