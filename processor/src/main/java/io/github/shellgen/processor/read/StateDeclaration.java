package io.github.shellgen.processor.read;

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
        Member<String> checkpointEvery) {}
