"""wordstats spout: the word count's spout (each sentence of sentences.txt once, with a message id,
a failed one again), which also reports, as the metric "spoutPending", the pending limit
(topology.max.spout.pending) its conf carries: the component's own limit, not the topology's.
"""
import storm
from sentencespout import SentenceSpout


class LineSpout(SentenceSpout):
    def initialize(self, conf, context):
        super().initialize(conf, context)
        self.pending_limit = conf.get("topology.max.spout.pending")
        self.reported = False

    def nextTuple(self):
        if not self.reported:
            # An assignable metric keeps its value: once is enough.
            storm.rpcMetrics("spoutPending", self.pending_limit)
            self.reported = True
        super().nextTuple()


if __name__ == "__main__":
    LineSpout().run()
