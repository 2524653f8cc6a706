"""Benchmark bolt, stateful: counts each word it receives in its checkpointed state and emits the
word with its running count (the stateful variant's counter; countbolt.py keeps a dict instead)."""
import storm


class StatefulCountBolt(storm.StatefulBolt):
    def init_state(self, state):
        self.state = state

    def process(self, tup):
        word = tup.values[0]
        count = self.state.get(word, 0) + 1
        self.state.put(word, count)
        storm.emit([word, count])


StatefulCountBolt().run()
