"""A StatefulBolt for the runtime's tests. init_state emits ["init", the state as a dict]; each tuple
[op, key, value] changes the state ("add": value added to the key's number, "put", "del", "bad":
puts a set, which JSON cannot hold, "raise": puts, then raises), then emits the state as a dict."""
import storm


class Ledger(storm.StatefulBolt):
    def init_state(self, state):
        self.state = state
        storm.emit(["init", dict(state.items())])

    def process(self, tup):
        op, key, value = tup.values
        if op == "add":
            self.state[key] = self.state.get(key, 0) + value
        elif op == "put":
            self.state.put(key, value)
        elif op == "del":
            del self.state[key]
        elif op == "bad":
            self.state.put(key, {1, 2})
        elif op == "raise":
            self.state.put(key, value)
            self.state.delete("a")
            raise ValueError("raised after changing the state")
        storm.emit([op, {k: self.state[k] for k in self.state}])


Ledger().run()
