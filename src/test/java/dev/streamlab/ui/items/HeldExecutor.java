package dev.streamlab.ui.items;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.testfx.util.WaitForAsyncUtils;

/** Runs work at once, or, while holding, keeps it until the test releases it: a read "in flight" on demand. */
final class HeldExecutor implements Executor {

    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    @Override
    public synchronized void execute(Runnable work) {
        if (holding) {
            held.add(work);
        } else {
            work.run();
        }
    }

    synchronized void hold() {
        holding = true;
    }

    synchronized int waiting() {
        return held.size();
    }

    /** Runs what was held, on the test's thread, then lets the FX thread handle the answers. */
    void release() {
        List<Runnable> work;
        synchronized (this) {
            work = new ArrayList<>(held);
            held.clear();
        }
        work.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
