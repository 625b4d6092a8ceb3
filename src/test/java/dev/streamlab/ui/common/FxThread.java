package dev.streamlab.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs view-model code on the FX thread of the headless toolkit (no window is shown). With the same-thread
 * executor the work itself runs inline; javafx.concurrent.Task still posts its follow-ups (onSucceeded,
 * onFailed) to the FX queue, so each call also waits until that queue is drained.
 */
public final class FxThread {

    /** Runs background work on the calling thread. */
    public static final Executor SAME_THREAD = Runnable::run;

    private FxThread() {
    }

    public static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T call(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    public static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }
}
