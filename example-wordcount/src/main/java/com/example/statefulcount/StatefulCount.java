package com.example.statefulcount;

import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.Stateful;
import io.github.shellgen.Topology;
import org.apache.storm.redis.state.RedisKeyValueStateProvider;

/**
 * The stateful word count: a Python spout emits numbered sentences; a stateful Python bolt counts
 * their words in its state, which Storm checkpoints every second into Redis (storm-redis'
 * provider), so that the counts survive the bolt's process, the worker and the topology. The
 * sentences are grouped by id: a sentence emitted again reaches the task whose state counted it.
 */
@Topology(name = "statefulcount",
        stateProvider = RedisKeyValueStateProvider.class,
        stateConfig = "{\"jedisPoolConfig\": {\"host\": \"127.0.0.1\", \"port\": 6379}}")
public interface StatefulCount {

    @PythonSpout(script = "numberedspout.py", fields = {"id", "sentence"})
    interface Sentences {}

    @PythonBolt(script = "statefulcount.py", fields = {"word", "count"}, parallelism = 2)
    @Stateful
    @FieldsGrouping(from = Sentences.class, fields = "id")
    interface Counter {}
}
