"""A Bolt that acks, fails or raises as its input value says."""
import storm


class ManualBolt(storm.Bolt):
    def process(self, tup):
        value = tup.values[0]
        if value == "boom":
            raise ValueError("manual boom")
        storm.emit([value], anchors=[tup])
        if value == "fail":
            storm.fail(tup)
        else:
            storm.ack(tup)


ManualBolt().run()
