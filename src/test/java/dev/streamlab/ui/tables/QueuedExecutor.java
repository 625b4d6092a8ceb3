package dev.streamlab.ui.tables;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Background work that waits until the test runs it, so a test can look at the window between two answers. */
final class QueuedExecutor implements Executor {

    private final Queue<Runnable> waiting = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable work) {
        waiting.add(work);
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /** Runs the oldest waiting work on the calling thread. */
    void runNext() {
        Runnable next;
        synchronized (this) {
            next = waiting.remove();
        }
        next.run();
    }
}
