"""Stateful word count's spout: emits the sentences of sentences.txt, round after round
(statefulcount.rounds, default 20), each as [id, sentence] with its number as id and message id,
statefulcount.pause seconds apart (default none). A failed sentence is emitted again.

It keeps no record of what was acked: started again (a new worker, the topology submitted again),
it emits every sentence again, and the counting bolt, whose state remembers each id it counted,
leaves out those it has.
"""
import time

import storm

IDLE_SLEEP_SECS = 0.05


class NumberedSpout(storm.Spout):
    def initialize(self, conf, context):
        with open("sentences.txt", encoding="utf-8") as text:
            self.sentences = [line.strip() for line in text if line.strip()]
        self.total = len(self.sentences) * int(conf.get("statefulcount.rounds", 20))
        self.pause = float(conf.get("statefulcount.pause", 0))
        self.next_id = 0
        self.replays = []

    def nextTuple(self):
        if self.replays:
            sentence_id = self.replays.pop(0)
        elif self.next_id < self.total:
            sentence_id = self.next_id
            self.next_id += 1
            if self.pause:
                time.sleep(self.pause)
        else:
            time.sleep(IDLE_SLEEP_SECS)
            return
        storm.emit([sentence_id, self.sentences[sentence_id % len(self.sentences)]], id=sentence_id)

    def fail(self, id):
        self.replays.append(id)


if __name__ == "__main__":
    NumberedSpout().run()
