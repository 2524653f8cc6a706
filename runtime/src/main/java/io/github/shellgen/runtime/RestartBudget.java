package io.github.shellgen.runtime;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many restarts a component's subprocess gets: at most so many within any 60 seconds, the first
 * at once and each further one in that minute after a growing pause (1, 2, 4, then 8 seconds), so a
 * script that fails on start does not spin.
 */
final class RestartBudget {

    static final long WINDOW_MILLIS = 60_000;
    private static final long MAX_PAUSE_MILLIS = 8_000;

    /** What happens after a failure. */
    record Decision(boolean restart, int restartNumber, int perMinute, long pauseMillis) {

        String describe() {
            if (!restart) {
                return perMinute == 0
                        ? "Giving up: restarts are off (" + RuntimeConfig.RESTARTS_PER_MINUTE + " is 0)."
                        : "Giving up: this is failure " + (perMinute + 1) + " within a minute, past the budget of "
                                + perMinute + " restarts a minute (" + RuntimeConfig.RESTARTS_PER_MINUTE + ").";
            }
            String when = pauseMillis == 0 ? "now" : "in " + pauseMillis / 1000 + " s";
            return "Restarting it " + when + " (restart " + restartNumber + " of at most " + perMinute
                    + " within a minute).";
        }
    }

    private final int perMinute;
    private final Deque<Long> restarts = new ArrayDeque<>();

    RestartBudget(int perMinute) {
        this.perMinute = perMinute;
    }

    synchronized Decision afterFailure(long nowMillis) {
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
