"""Word-count spout: emits each sentence of sentences.txt once, with a message id.

A failed sentence is emitted again; an acked one is forgotten. Once every sentence has been
emitted the spout idles: it sleeps briefly in nextTuple instead of answering Storm's calls in a
tight loop.
"""
import time

import storm

IDLE_SLEEP_SECS = 0.05


class SentenceSpout(storm.Spout):
    def initialize(self, conf, context):
        # Storm starts the script in the topology's resources folder, where sentences.txt lies.
        with open("sentences.txt", encoding="utf-8") as text:
            self.sentences = [line.strip() for line in text if line.strip()]
        self.next_index = 0
        self.replays = []

    def nextTuple(self):
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
        storm.log("sentence %s failed; emitting it again" % id)
        self.replays.append(id)


if __name__ == "__main__":
    SentenceSpout().run()
