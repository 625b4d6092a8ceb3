package dev.streamlab.trigger.lambda;

/**
 * Runs handler code with its own loader as the thread's context class loader, as Lambda's runtime does: the SDK
 * and ServiceLoader look there for the classes of the handler's jars.
 */
final class WithLoader {

    private WithLoader() {
    }

    /** Work that throws only what it declares, so loading at start throws nothing checked. */
    interface Work<T, E extends Exception> {
        T call() throws E;
    }

    static <T, E extends Exception> T call(ClassLoader loader, Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
