"""A Spout that emits one numbered sentence per nextTuple, and logs what Storm tells it."""
import storm


class SentenceSpout(storm.Spout):
    def initialize(self, conf, context):
        self.next_id = 0
        storm.log("conf wordcount.min.length=%r" % conf.get("wordcount.min.length"))

    def nextTuple(self):
        storm.emit(["sentence %d" % self.next_id], id=self.next_id)
        self.next_id += 1

    def ack(self, id):
        storm.log("acked %r" % (id,))

    def fail(self, id):
        storm.log("failed %r" % (id,))

    def activate(self):
        storm.log("activated")

    def deactivate(self):
        storm.log("deactivated")


SentenceSpout().run()
