package io.github.shellgen.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/** Every event at a level (ERROR unless told) or worse logged while it is open, as "LEVEL logger: message". */
final class ErrorLog implements AutoCloseable {

    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final Level level;
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final AbstractAppender appender = new AbstractAppender("test-errors", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            if (event.getLevel().isMoreSpecificThan(level)) {
                String thrown = event.getThrown() == null ? "" : " " + event.getThrown();
                errors.add((level == Level.ERROR ? "" : event.getLevel() + " ") + event.getLoggerName() + ": "
                        + event.getMessage().getFormattedMessage() + thrown);
            }
        }
    };

    ErrorLog() {
        this(Level.ERROR);
    }

    ErrorLog(Level level) {
        this.level = level;
        appender.start();
        context.getConfiguration().getRootLogger().addAppender(appender, level, null);
        context.updateLoggers();
    }

    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() {
        context.getConfiguration().getRootLogger().removeAppender(appender.getName());
        context.updateLoggers();
        appender.stop();
    }
}
