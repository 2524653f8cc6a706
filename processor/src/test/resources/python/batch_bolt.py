"""A BatchBolt for the runtime's tests. Each batch emits [its size, its words joined by ","], anchored
to the tuples it did not fail. A word "bad" is failed alone (batch.fail), "early" acked at once
(storm.ack), "raise" makes process() raise, "unanchored" emits without naming its anchors. A tick
emits ["tick", ""] anchored to it."""
import storm


class Words(storm.BatchBolt):
    def process(self, batch):
        words = [t.values[0] for t in batch]
        if "raise" in words:
            raise ValueError("raised in a batch")
        if "unanchored" in words:
            storm.emit([0, "unanchored"])
        kept = []
        for t in batch:
            if t.values[0] == "bad":
                batch.fail(t)
            else:
                if t.values[0] == "early":
                    storm.ack(t)
                kept.append(t)
        storm.emit([len(batch), ",".join(words)], anchors=kept)

    def tick(self, tup):
        storm.emit(["tick", ""], anchors=tup)


Words().run()
