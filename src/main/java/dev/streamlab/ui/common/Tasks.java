package dev.streamlab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Background work with its follow-ups on the FX thread:
 * {@code Tasks.create(work).onSuccess(...).onError(Type.class, ...).andFinally(...).runOnce(executor)}.
 */
public final class Tasks {

    private Tasks() {
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** Collects the follow-ups of one piece of work; they all run on the FX thread. */
    public static final class Builder<T> {

        private final Callable<T> work;
        private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
        private Consumer<? super T> successHandler = result -> { };
        private Runnable finallyHandler = () -> { };

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.successHandler = handler;
            return this;
        }

        /** Handles failures of the given type; the first matching handler, in the order added, wins. */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<? super E> handler) {
            errorHandlers.add(new ErrorHandler<>(type, handler));
            return this;
        }

        public Builder<T> andFinally(Runnable handler) {
            this.finallyHandler = handler;
            return this;
        }

        public Task<T> build() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(event -> runThenFinally(() -> successHandler.accept(task.getValue())));
            task.setOnFailed(event -> runThenFinally(() -> handleError(task.getException())));
            task.setOnCancelled(event -> finallyHandler.run());
            return task;
        }

        public Task<T> runOnce(Executor executor) {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }

        private void runThenFinally(Runnable handler) {
            try {
                handler.run();
            } finally {
                finallyHandler.run();
            }
        }

        private void handleError(Throwable error) {
            for (ErrorHandler<?> handler : errorHandlers) {
                if (handler.handles(error)) {
                    handler.accept(error);
                    return;
                }
            }
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, error);
        }
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {

        boolean handles(Throwable error) {
            return type.isInstance(error);
        }

        void accept(Throwable error) {
            handler.accept(type.cast(error));
        }
    }
}
