package io.github.shellgen.processor.read;

import io.github.shellgen.processor.storm.StormConfig;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;

/**
 * Where a topology keeps the state of its stateful bolts, as its {@code @Topology} says.
 *
 * @param provider {@code stateProvider}: the class, empty when unset ({@code void.class}) or unresolved
 * @param config {@code stateConfig}: the provider's JSON, empty when unset
 * @param checkpointEvery {@code checkpointEvery}: a duration, empty when unset
 */
public record StateDeclaration(
        Member<Optional<DeclaredType>> provider,
        Member<String> config,
        Member<String> checkpointEvery) {

    /** The {@code @Topology} attributes, by name. */
    public static final String PROVIDER = "stateProvider";
    public static final String CONFIG = "stateConfig";
    public static final String CHECKPOINT_EVERY = "checkpointEvery";

    /** The attribute that sets each key of Storm's checkpointing. */
    public static final Map<String, String> MEMBER_BY_KEY = Map.of(
            StormConfig.STATE_PROVIDER, PROVIDER,
            StormConfig.STATE_PROVIDER_CONFIG, CONFIG,
            StormConfig.CHECKPOINT_INTERVAL_MS, CHECKPOINT_EVERY);
}
