"""A WindowedBolt that emits each window as lists of its tuples' first values: all, new, expired,
then its start and end. A new tuple "boom" makes process() raise."""
import storm


def firsts(tuples):
    return [t.values[0] for t in tuples]


class Firsts(storm.WindowedBolt):
    def process(self, window):
        if "boom" in firsts(window.new):
            raise ValueError("boom in a window")
        storm.emit([firsts(window), firsts(window.new), firsts(window.expired), window.start, window.end])


Firsts().run()
