package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.StormConfig;

/**
 * The topology's message timeout, which bounds every wait a tuple may spend in a bolt (a checkpoint
 * interval, a batch's wait), and where it comes from, for the messages that cite it.
 *
 * @param secs the timeout in seconds
 * @param source where it is set, in words
 */
record MessageTimeout(int secs, String source) {

    static MessageTimeout of(TopologyDeclaration topology) {
        int timeout = (Integer) topology.settings().values().get(Setting.MESSAGE_TIMEOUT).value();
        if (timeout <= 0) { // (a @Conf of its key is refused: the attribute is the one place to set it)
            return new MessageTimeout(StormConfig.DEFAULT_MESSAGE_TIMEOUT_SECS,
                    "Storm's default, as messageTimeoutSecs is not set");
        }
        return new MessageTimeout(timeout, "messageTimeoutSecs on @Topology");
    }

    long millis() {
        return secs * 1000L;
    }
}
