package io.github.shellgen.runtime.lifecycle;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many restarts a component's subprocess gets: at most so many within any 60 seconds, the first
 * at once and each further one in that minute after a growing pause (1, 2, 4, then 8 seconds), so a
 * script that fails on start does not spin.
 */
public final class RestartBudget {

    static final long WINDOW_MILLIS = 60_000;
    private static final long MAX_PAUSE_MILLIS = 8_000;

    /** What happens after a failure. */
    public record Decision(boolean restart, int restartNumber, int perMinute, long pauseMillis) {

        public String describe() {
            if (!restart) {
                return perMinute == 0 ? RuntimeMessage.RESTARTS_OFF.format()
                        : RuntimeMessage.GIVING_UP.format(perMinute + 1, perMinute);
            }
            String when = pauseMillis == 0 ? RuntimeMessage.RESTART_NOW.format()
                    : RuntimeMessage.RESTART_IN.format(pauseMillis / 1000);
            return RuntimeMessage.RESTARTING.format(when, restartNumber, perMinute);
        }
    }

    private final int perMinute;
    private final Deque<Long> restarts = new ArrayDeque<>();

    public RestartBudget(int perMinute) {
        this.perMinute = perMinute;
    }

    public synchronized Decision afterFailure(long nowMillis) {
        while (!restarts.isEmpty() && nowMillis - restarts.peekFirst() >= WINDOW_MILLIS) {
            restarts.removeFirst();
        }
        if (restarts.size() >= perMinute) {
            return new Decision(false, 0, perMinute, 0);
        }
        long pause = restarts.isEmpty() ? 0 : Math.min(MAX_PAUSE_MILLIS, 1_000L << (restarts.size() - 1));
        restarts.addLast(nowMillis);
        return new Decision(true, restarts.size(), perMinute, pause);
    }
}
