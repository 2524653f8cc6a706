"""Emits each sentence of the configuration's tally.sentences once, as [id, sentence] with its index
as the message id, tally.pause seconds apart; replays a failed one; then idles."""
import time

import storm


class TallySpout(storm.Spout):
    def initialize(self, conf, context):
        self.sentences = conf["tally.sentences"]
        self.pause = float(conf.get("tally.pause", 0))
        self.next_index = 0
        self.replays = []

    def nextTuple(self):
        if self.replays:
            index = self.replays.pop(0)
        elif self.next_index < len(self.sentences):
            index = self.next_index
            self.next_index += 1
            time.sleep(self.pause)
        else:
            time.sleep(0.05)
            return
        storm.emit([index, self.sentences[index]], id=index)

    def fail(self, id):
        self.replays.append(id)


TallySpout().run()
