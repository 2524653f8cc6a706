"""A stateful bolt for the state tests: counts the words of each sentence in its state, and emits
[word, count] for each. With tally.killAt set, its process kills itself (SIGKILL) when it has handled
that many sentences, once (a marker file in tally.dir); with tally.raiseOn set, process() of that
sentence id raises once, after changing the state (a change that must be undone); with tally.sleepOn
set, process() of that sentence id sleeps tally.sleepSecs once. init_state emits the number of keys
the state has on stream "inits"."""
import os
import signal
import time

import storm


class Tally(storm.StatefulBolt):
    def initialize(self, conf, context):
        self.kill_at = conf.get("tally.killAt")
        self.raise_on = conf.get("tally.raiseOn")
        self.sleep_on = conf.get("tally.sleepOn")
        self.sleep_secs = conf.get("tally.sleepSecs", 0)
        self.slept = os.path.join(conf.get("tally.dir", "."), "slept-%s" % context["taskid"])
        folder = conf.get("tally.dir", ".")
        self.killed = os.path.join(folder, "killed-%s" % context["taskid"])
        self.raised = os.path.join(folder, "raised-%s" % context["taskid"])
        self.handled = 0
        self.state = None

    def init_state(self, state):
        self.state = state
        storm.emit([len(state)], stream="inits")

    def process(self, tup):
        sentence_id, sentence = tup.values
        self.handled += 1
        if self.handled == self.kill_at and not os.path.exists(self.killed):
            open(self.killed, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
        if sentence_id == self.sleep_on and not os.path.exists(self.slept):
            open(self.slept, "w").close()
            time.sleep(self.sleep_secs)
        words = sentence.split()
        if sentence_id == self.raise_on and not os.path.exists(self.raised):
            open(self.raised, "w").close()
            self.state.put(words[0], self.state.get(words[0], 0) + 1000)
            self.state.delete(words[-1])
            raise ValueError("tally.raiseOn: sentence %d" % sentence_id)
        for word in words:
            count = self.state.get(word, 0) + 1
            self.state.put(word, count)
            storm.emit([word, count])


Tally().run()
