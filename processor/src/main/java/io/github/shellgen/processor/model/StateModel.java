package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.processor.read.StateDeclaration;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.StormConfig;
import io.github.shellgen.processor.storm.StormTypes;
import io.github.shellgen.processor.storm.WindowSpan;
import java.util.ArrayList;
import java.util.List;

/** Where a topology with stateful bolts keeps their state: the keys of Storm's checkpointing. */
public final class StateModel {

    private static final String WHY = "Where the stateful bolts' state is kept (@Topology stateProvider).";

    private StateModel() {}

    /** The topology configuration of a state that passed validation. */
    static List<ConfigEntry> config(StateDeclaration state) {
        List<ConfigEntry> config = new ArrayList<>();
        String provider = Setting.namedClass(state.provider().value())
                .map(type -> ClassName.get(type).reflectionName())
                .orElseThrow();
        config.add(new ConfigEntry(StormConfig.STATE_PROVIDER, provider, WHY));
        String json = state.config().value().strip();
        if (provider.equals(StormConfig.REDIS_STATE_PROVIDER)) {
            json = withKeySerializer(json.isEmpty() ? "{}" : json);
        }
        if (!json.isEmpty()) {
            config.add(new ConfigEntry(StormConfig.STATE_PROVIDER_CONFIG, json, WHY));
        }
        WindowSpan.parse(state.checkpointEvery().value()).ifPresent(every -> config.add(
                new ConfigEntry(StormConfig.CHECKPOINT_INTERVAL_MS, (int) every.amount(), WHY)));
        return config;
    }

    /**
     * storm-redis' configuration, a JSON object, with storm-shellgen's serializer of keys unless it
     * names one: the keys are then text in Redis, as the script wrote them.
     */
    public static String withKeySerializer(String json) {
        String field = StormConfig.REDIS_KEY_SERIALIZER_FIELD;
        if (json.contains("\"" + field + "\"")) {
            return json;
        }
        String rest = json.substring(json.indexOf('{') + 1);
        return "{\"" + field + "\":\"" + StormTypes.STATE_KEY_SERIALIZER.reflectionName() + "\""
                + (rest.strip().startsWith("}") ? "" : ",") + rest;
    }
}
