package io.github.shellgen.processor.model;

import io.github.shellgen.Metric;

/** A shell metric the generated class registers: the name the script updates, its kind, its interval. */
public record MetricModel(String name, Metric.Type type, int intervalSecs) {}
