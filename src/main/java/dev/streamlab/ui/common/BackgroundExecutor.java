package dev.streamlab.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/** The thread pool that runs the window's background work (connecting, DynamoDB calls). */
public final class BackgroundExecutor {

    private BackgroundExecutor() {
    }

    /**
     * Daemon threads, so that a call still waiting on DynamoDB never keeps the JVM alive after the window closes. Work
     * offered once the window is closing (live views still draining their last events) is dropped, not an error.
     */
    public static ExecutorService create() {
        AtomicInteger count = new AtomicInteger();
        var pool = (ThreadPoolExecutor) Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "streamlab-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        return pool;
    }
}
