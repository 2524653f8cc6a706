package io.github.shellgen.processor.read;

import io.github.shellgen.Metric;

/** One {@code @Metric} as written: the name the script updates, its kind, its reporting interval. */
public record MetricDeclaration(Member<String> name, Metric.Type type, Member<Integer> intervalSecs) {}
