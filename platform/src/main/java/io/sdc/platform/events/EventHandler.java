package io.sdc.platform.events;

/**
 * Applies consumed events of some types to the service's own data. {@link #handle} runs inside the transaction
 * that also records the event as processed, so an event takes effect once however often it is delivered. Throwing
 * rolls both back; the event is retried and, if it keeps failing, dead-lettered.
 */
public interface EventHandler {

    boolean handles(String eventType);

    void handle(EventEnvelope event);

    /** The name the inbox and dead letters know this handler by; stable across restarts. */
    default String name() {
        String name = getClass().getSimpleName();
        int generated = name.indexOf('_');
        return generated > 0 ? name.substring(0, generated) : name;
    }
}
