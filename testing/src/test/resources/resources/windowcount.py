"""A windowed bolt for the window soak: emits, per window, how many tuples it holds, how many are
new and how many expired."""
import storm


class WindowCount(storm.WindowedBolt):
    def process(self, window):
        storm.emit([len(window.tuples), len(window.new), len(window.expired)])


WindowCount().run()
