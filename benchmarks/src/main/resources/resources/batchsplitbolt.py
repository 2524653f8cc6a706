"""Benchmark bolt: splitbolt.py as a batch bolt: splits each sentence of a batch on spaces and emits
each word, anchored to its sentence."""
import storm


class SplitBolt(storm.BatchBolt):
    def process(self, batch):
        emit = storm.emit
        for tup in batch:
            anchors = [tup]
            for word in tup.values[0].split(" "):
                emit([word], anchors=anchors)


SplitBolt().run()
