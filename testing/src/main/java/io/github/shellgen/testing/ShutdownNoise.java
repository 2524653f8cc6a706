package io.github.shellgen.testing;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.message.Message;

/**
 * Storm's {@code ShellBolt.cleanup()} destroys the subprocess while the bolt's reader thread is
 * blocked reading from it; the read fails and the bolt logs "Halting process: ShellBolt died" at
 * ERROR, with a stack trace, for every task of every shell bolt, on every orderly shutdown. While a
 * run shuts its topology down, and only then, that one message is dropped, so that a clean run's
 * log has no ERROR. (storm-shellgen's own shell components, once they replace Storm's, end their
 * subprocesses without it.) Does nothing when Log4j 2 is not the logging backend.
 */
final class ShutdownNoise extends AbstractFilter {

    private static final String SHELL_BOLT_LOGGER = "org.apache.storm.task.ShellBolt";
    private static final String DIED = "Halting process: ShellBolt died";

    private ShutdownNoise() {
        super(Result.DENY, Result.NEUTRAL);
    }

    /** Drops the message until the returned handle is closed. */
    static AutoCloseable suppress() {
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return () -> {};
        }
        Configuration configuration = context.getConfiguration();
        ShutdownNoise filter = new ShutdownNoise();
        filter.start();
        configuration.addFilter(filter);
        context.updateLoggers();
        return () -> {
            configuration.removeFilter(filter);
            context.updateLoggers();
        };
    }

    private Result decide(String logger, Level level, Object message) {
        boolean noise = Level.ERROR.equals(level) && SHELL_BOLT_LOGGER.equals(logger)
                && message != null && String.valueOf(message).startsWith(DIED);
        return noise ? onMatch : onMismatch;
    }

    @Override
    public Result filter(LogEvent event) {
        return decide(event.getLoggerName(), event.getLevel(), event.getMessage().getFormattedMessage());
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, Message msg, Throwable t) {
        return decide(logger.getName(), level, msg == null ? null : msg.getFormattedMessage());
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, Object msg, Throwable t) {
        return decide(logger.getName(), level, msg);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object... params) {
        return decide(logger.getName(), level, msg);
    }
}
