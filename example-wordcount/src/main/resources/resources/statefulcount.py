"""Stateful word count's bolt: counts the words of each sentence in its state, which Storm
checkpoints into Redis, and emits each word with its count.

The state is exact after a crash of this process: Storm rolls it back to what was checkpointed and
the sentences since are replayed. It is exact after a worker or the topology is restarted too,
though the spout then emits sentences counted already: the state remembers each sentence id it
counted (a key "#<id>"), in the same checkpoint as the counts, and a sentence it has is left out.
"""
import re

import storm

# A word: letters, with inner apostrophes ("nature's"). Hyphens and punctuation separate words.
WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


class StatefulCount(storm.StatefulBolt):
    def init_state(self, state):
        self.state = state

    def process(self, tup):
        sentence_id, sentence = tup.values
        seen = "#%d" % sentence_id
        if seen in self.state:
            return  # counted before a restart: its counts are in the state
        for word in WORD.findall(sentence.lower()):
            count = self.state.get(word, 0) + 1
            self.state.put(word, count)
            storm.emit([word, count])
        self.state.put(seen, True)


if __name__ == "__main__":
    StatefulCount().run()
