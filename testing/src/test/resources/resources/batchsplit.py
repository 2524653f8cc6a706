"""A batch bolt for the batch tests: splits each sentence [id, sentence] of a batch into [id, word]
tuples anchored to it, and emits the batch's size (unanchored) on stream "sizes". With batch.killAt
set, its process kills itself (SIGKILL) in the middle of the batch that brings the sentences it has
handled to that many, once (a marker file in batch.dir), after queuing some of the batch's emits; with
batch.failOn set, the sentence of that id is failed alone (batch.fail), once."""
import os
import signal

import storm


class BatchSplit(storm.BatchBolt):
    def initialize(self, conf, context):
        self.kill_at = conf.get("batch.killAt")
        self.fail_on = conf.get("batch.failOn")
        folder = conf.get("batch.dir", ".")
        self.killed = os.path.join(folder, "killed-%s" % context["taskid"])
        self.failed = os.path.join(folder, "failed-%s" % context["taskid"])
        self.handled = 0

    def process(self, batch):
        storm.emit([len(batch)], stream="sizes", anchors=[])
        kill = self.kill_at is not None and self.handled < self.kill_at <= self.handled + len(batch) \
            and not os.path.exists(self.killed)
        self.handled += len(batch)
        for i, tup in enumerate(batch):
            sentence_id, sentence = tup.values
            if kill and i == len(batch) // 2:
                open(self.killed, "w").close()
                os.kill(os.getpid(), signal.SIGKILL)
            if sentence_id == self.fail_on and not os.path.exists(self.failed):
                open(self.failed, "w").close()
                batch.fail(tup)
                continue
            for word in sentence.split():
                storm.emit([sentence_id, word], anchors=[tup])


BatchSplit().run()
