"""Benchmark spout: emits each line of the corpus file once, with its line number as message id.

The corpus path comes from the topology configuration (shellgen.benchmark.corpus), so every
variant reads the same file. With shellgen.benchmark.rate set (the latency runs), it emits that many
sentences a second, returning from nextTuple without emitting until the next one is due. A failed sentence is emitted again. Once everything is emitted the
spout sleeps briefly in nextTuple rather than answering Storm's calls in a tight loop, which on a
small machine would take CPU from the bolts.
"""
import time

import storm

CORPUS_KEY = "shellgen.benchmark.corpus"
RATE_KEY = "shellgen.benchmark.rate"
IDLE_SLEEP_SECS = 0.01


class SentenceSpout(storm.Spout):
    def initialize(self, conf, context):
        with open(conf[CORPUS_KEY], encoding="utf-8") as corpus:
            self.sentences = corpus.read().splitlines()
        self.next_index = 0
        self.replays = []
        self.rate = conf.get(RATE_KEY, 0)
        self.start = None

    def nextTuple(self):
        if self.rate:
            if self.start is None:
                self.start = time.monotonic()
            elif time.monotonic() - self.start < self.next_index / self.rate:
                return  # not due yet: Storm's wait strategy idles the executor
        if self.replays:
            index = self.replays.pop(0)
        elif self.next_index < len(self.sentences):
            index = self.next_index
            self.next_index += 1
        else:
            time.sleep(IDLE_SLEEP_SECS)
            return
        storm.emit([self.sentences[index]], id=index)

    def ack(self, id):
        pass

    def fail(self, id):
        self.replays.append(id)


SentenceSpout().run()
