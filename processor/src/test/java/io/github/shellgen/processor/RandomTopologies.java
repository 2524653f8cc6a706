package io.github.shellgen.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Writes random topology sources from a seed: clean ones, and ones with one to three mistakes
 * from a catalogue, each known to be an error or only a warning. Every source is valid Java, in its
 * own package, with a topology name of its own, so sources can share one compilation.
 */
final class RandomTopologies {

    /** Scripts that exist in the resource folder the fuzz compilations use. */
    static final List<String> SCRIPTS = List.of("ok.py", "other.py", "tool.sh");

    /** A generated source: its text, and what it should give. */
    record Generated(int index, String qualifiedName, String topologyName, int componentCount, String text,
            List<String> mistakes, boolean expectsError) {}

    private static final List<String> GROUPINGS = List.of(
            "ShuffleGrouping", "FieldsGrouping", "AllGrouping", "GlobalGrouping", "NoneGrouping", "LocalOrShuffleGrouping");
    /** Field and id text that Storm accepts, hostile to writers. */
    private static final List<String> ODD_NAMES = List.of(
            "plain", "with space", "colon: value", "# hash", "quote\"d", "new\nline", "ünï😀", "${open", "true", "- dash");

    private final Random random;

    RandomTopologies(long seed) {
        this.random = new Random(seed);
    }

    /** The {@code index}-th source; {@code previousName} is the topology name of the one before it in the batch, or null. */
    Generated next(int index, String previousName) {
        Topology topology = cleanTopology(index);
        topology.previousName = previousName;
        List<String> mistakes = new ArrayList<>();
        boolean expectsError = false;
        if (random.nextInt(3) != 0) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Mistake mistake = MISTAKES.get(random.nextInt(MISTAKES.size()));
                if (mistake.apply.test(new Context(topology, random))) {
                    mistakes.add(mistake.name + (mistake.error ? "" : " (warning)"));
                    expectsError |= mistake.error;
                }
            }
        }
        return new Generated(index, topology.pkg + "." + topology.type, topology.name, topology.components.size(),
                topology.render(), mistakes, expectsError);
    }

    // ---- the model of a source, mutable so that mistakes can be applied to it ----

    private static final class Component {
        String name;
        String kind = "PythonBolt";
        String declaration = "interface";
        String typeParameters = "";
        String body = "{}";
        String script = "ok.py";
        String interpreter;
        List<String> fields = new ArrayList<>();
        String fieldsOverride;
        String id;
        int parallelism = 1;
        int tasks;
        String extraAnnotation;
        final List<String> groupings = new ArrayList<>();

        String annotation() {
            List<String> attributes = new ArrayList<>();
            attributes.add("script = " + literal(script));
            if (fieldsOverride != null) {
                attributes.add("fields = " + fieldsOverride);
            } else if (!fields.isEmpty()) {
                attributes.add("fields = " + array(fields));
            }
            if (id != null) {
                attributes.add("id = " + literal(id));
            }
            if (parallelism != 1) {
                attributes.add("parallelism = " + parallelism);
            }
            if (tasks != 0) {
                attributes.add("tasks = " + tasks);
            }
            if (interpreter != null) {
                attributes.add("interpreter = " + literal(interpreter));
            }
            return "@" + kind + "(" + String.join(",\n        ", attributes) + ")";
        }
    }

    private static final class Topology {
        String pkg;
        String type;
        String name;
        String previousName;
        String typeParameters = "";
        final List<Component> components = new ArrayList<>();
        final List<String> extraMembers = new ArrayList<>();
        final List<String> extraTypes = new ArrayList<>();
        private int unique;

        /** A number not used before in this source, for names that must not repeat. */
        int unique() {
            return unique++;
        }

        String render() {
            StringBuilder text = new StringBuilder();
            text.append("package ").append(pkg).append(";\n\nimport io.github.shellgen.*;\n\n");
            text.append("@Topology(name = ").append(literal(name)).append(")\n");
            text.append("public interface ").append(type).append(typeParameters).append(" {\n");
            for (String member : extraMembers) {
                text.append("    ").append(member).append("\n\n");
            }
            for (Component component : components) {
                text.append("    ").append(component.annotation()).append("\n");
                if (component.extraAnnotation != null) {
                    text.append("    ").append(component.extraAnnotation).append("\n");
                }
                for (String grouping : component.groupings) {
                    text.append("    ").append(grouping).append("\n");
                }
                text.append("    ").append(component.declaration).append(" ").append(component.name)
                        .append(component.typeParameters).append(" ").append(component.body).append("\n\n");
            }
            text.append("}\n");
            for (String extra : extraTypes) {
                text.append("\n").append(extra).append("\n");
            }
            return text.toString();
        }

        List<Component> spouts() {
            return components.stream().filter(c -> c.kind.equals("PythonSpout")).toList();
        }

        List<Component> bolts() {
            return components.stream().filter(c -> c.kind.equals("PythonBolt")).toList();
        }
    }

    /** A clean topology: a spout first, each bolt fed by an earlier component, so every bolt is reached. */
    private Topology cleanTopology(int index) {
        Topology topology = new Topology();
        topology.pkg = "fuzz.p" + index;
        topology.type = "Fuzz" + index;
        topology.name = random.nextBoolean() ? "fuzz-" + index : "zählen_" + index;
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Component component = new Component();
            component.name = "C" + i;
            component.kind = i == 0 || random.nextInt(4) == 0 ? "PythonSpout" : "PythonBolt";
            component.script = pick(SCRIPTS.subList(0, 2));
            component.fields = distinctSubset(List.of("a", "b", "c", pick(ODD_NAMES)), 1);
            if (random.nextInt(3) == 0) {
                component.id = "id " + i + " " + pick(ODD_NAMES); // unique: the index is in it
            }
            component.parallelism = 1 + random.nextInt(3);
            component.tasks = random.nextBoolean() ? 0 : component.parallelism + random.nextInt(2);
            if (random.nextInt(5) == 0) {
                component.interpreter = "python3";
            }
            if (component.kind.equals("PythonBolt")) {
                Set<Component> upstreams = new LinkedHashSet<>();
                int inputs = 1 + random.nextInt(2);
                for (int j = 0; j < inputs; j++) {
                    upstreams.add(topology.components.get(random.nextInt(topology.components.size())));
                }
                for (Component upstream : upstreams) {
                    component.groupings.add(grouping(pick(GROUPINGS), upstream, "default",
                            distinctSubset(upstream.fields, 1)));
                }
            }
            topology.components.add(component);
        }
        return topology;
    }

    // ---- the catalogue of mistakes ----

    private record Context(Topology topology, Random random) {
        Component anyComponent() {
            return topology.components.get(random.nextInt(topology.components.size()));
        }

        Component first() {
            return topology.components.get(0);
        }

        /** A bolt, making one (fed by the first component, always a spout) if there is none. */
        Component anyBolt() {
            List<Component> bolts = topology.bolts();
            if (!bolts.isEmpty()) {
                return bolts.get(random.nextInt(bolts.size()));
            }
            Component bolt = new Component();
            bolt.name = "Extra" + topology.unique();
            bolt.fields = new ArrayList<>(List.of("x"));
            bolt.groupings.add(grouping("ShuffleGrouping", first(), "default", List.of()));
            topology.components.add(bolt);
            return bolt;
        }

        boolean hasComponents() {
            return !topology.components.isEmpty();
        }
    }

    /** A mistake; {@code apply} returns false, changing nothing, when it cannot apply to this source. */
    private record Mistake(String name, boolean error, Predicate<Context> apply) {}

    private static Mistake error(String name, Predicate<Context> apply) {
        return new Mistake(name, true, apply);
    }

    private static Mistake warning(String name, Predicate<Context> apply) {
        return new Mistake(name, false, apply);
    }

    /** Applies {@code change} to a random component, if there is one. */
    private static Predicate<Context> onComponent(Consumer<Component> change) {
        return c -> {
            if (!c.hasComponents()) {
                return false;
            }
            change.accept(c.anyComponent());
            return true;
        };
    }

    /** Applies {@code change} to a random bolt (made if need be), if the topology has components. */
    private static Predicate<Context> onBolt(java.util.function.BiConsumer<Context, Component> change) {
        return c -> {
            if (!c.hasComponents()) {
                return false;
            }
            change.accept(c, c.anyBolt());
            return true;
        };
    }

    private static void setFirstGrouping(Component bolt, String grouping) {
        if (bolt.groupings.isEmpty()) {
            bolt.groupings.add(grouping);
        } else {
            bolt.groupings.set(0, grouping);
        }
    }

    private static final List<Mistake> MISTAKES = List.of(
            error("missing script", onComponent(component -> component.script = "missing.py")),
            error("script leaving resources", onComponent(component -> component.script = "../x.py")),
            error("absolute script", onComponent(component -> component.script = "/abs.py")),
            error("empty script", onComponent(component -> component.script = "")),
            // Only over a good script: the warning must not hide an error made before it.
            warning("script not ending in .py", c -> {
                if (!c.hasComponents() || !SCRIPTS.subList(0, 2).contains(c.first().script)) {
                    return false;
                }
                c.first().script = "tool.sh";
                return true;
            }),
            error("empty interpreter", onComponent(component -> component.interpreter = "")),
            error("empty field", onComponent(component -> component.fields.add(""))),
            error("duplicate field", onComponent(component -> component.fields.add(component.fields.get(0)))),
            error("spout without fields", c -> {
                if (!c.hasComponents()) {
                    return false;
                }
                c.first().fieldsOverride = "{}";
                return true;
            }),
            error("system id", onComponent(component -> component.id = "__x")),
            error("placeholder id", onComponent(component -> component.id = "a${b}c")),
            error("duplicate id", c -> {
                if (c.topology.components.size() < 2) {
                    return false;
                }
                Component first = c.first();
                c.topology.components.get(1).id = first.id != null ? first.id : "c0";
                return true;
            }),
            error("parallelism below 1", onComponent(component -> component.parallelism = 0)),
            error("negative tasks", onComponent(component -> component.tasks = -1)),
            warning("fewer tasks than executors", c -> {
                if (!c.hasComponents() || c.first().parallelism < 1 || c.first().tasks < 0) {
                    return false;
                }
                Component component = c.first();
                component.parallelism = Math.max(component.parallelism, 2);
                component.tasks = component.parallelism - 1;
                return true;
            }),
            error("component on a class", c -> {
                List<Component> plain = c.topology.components.stream()
                        .filter(component -> component.body.equals("{}") && component.typeParameters.isEmpty())
                        .toList();
                if (plain.isEmpty()) {
                    return false;
                }
                plain.get(c.random.nextInt(plain.size())).declaration = c.random.nextBoolean() ? "class" : "enum";
                return true;
            }),
            error("generic component", c -> interfaceComponent(c, component -> component.typeParameters = "<T>")),
            error("abstract method", c -> interfaceComponent(c, component -> component.body = "{ void run(); }")),
            error("two component annotations", onComponent(component -> component.extraAnnotation =
                    component.kind.equals("PythonSpout")
                            ? "@PythonBolt(script = \"ok.py\")"
                            : "@PythonSpout(script = \"ok.py\", fields = \"z\")")),
            error("grouping on a plain interface", c -> {
                if (!c.hasComponents()) {
                    return false;
                }
                c.topology.extraMembers.add("@ShuffleGrouping(from = " + c.first().name + ".class) interface Plain"
                        + c.topology.unique() + " {}");
                return true;
            }),
            error("spout with a grouping", c -> {
                if (!c.hasComponents()) {
                    return false;
                }
                c.first().groupings.add(grouping("ShuffleGrouping", c.first(), "default", List.of()));
                return true;
            }),
            error("bolt without grouping", onBolt((c, bolt) -> bolt.groupings.clear())),
            error("grouping from a plain interface", onBolt((c, bolt) -> {
                String plain = "NotAComponent" + c.topology.unique();
                c.topology.extraMembers.add("interface " + plain + " {}");
                bolt.groupings.add("@AllGrouping(from = " + plain + ".class)");
            })),
            error("unknown stream", onBolt((c, bolt) -> setFirstGrouping(bolt, grouping("ShuffleGrouping", c.first(),
                    List.of("nope", "__tick", "${s}", "").get(c.random.nextInt(4)), List.of())))),
            error("unknown grouping field", onBolt((c, bolt) -> setFirstGrouping(bolt,
                    grouping("FieldsGrouping", c.first(), "default", List.of("zz"))))),
            error("fields grouping on no fields", onBolt((c, bolt) -> setFirstGrouping(bolt,
                    "@FieldsGrouping(from = " + c.first().name + ".class, fields = {})"))),
            error("grouping field twice", onBolt((c, bolt) -> setFirstGrouping(bolt, grouping("FieldsGrouping",
                    c.first(), "default", List.of(c.first().fields.get(0), c.first().fields.get(0)))))),
            error("duplicate input", onBolt((c, bolt) -> {
                bolt.groupings.add(grouping("ShuffleGrouping", c.first(), "default", List.of()));
                bolt.groupings.add(grouping("AllGrouping", c.first(), "default", List.of()));
            })),
            error("name Storm rejects", c -> {
                c.topology.name = List.of("a:b", "x.y", "", "a/b").get(c.random.nextInt(4));
                return true;
            }),
            error("name no file can carry", c -> {
                c.topology.name = List.of("a b", "a#b", "a\"b", "a\nb").get(c.random.nextInt(4));
                return true;
            }),
            error("topology name of the previous source", c -> {
                if (c.topology.previousName == null) {
                    return false;
                }
                c.topology.name = c.topology.previousName;
                return true;
            }),
            error("no spout", c -> {
                if (!c.topology.extraMembers.isEmpty()) {
                    return false; // They refer to components.
                }
                c.topology.components.clear();
                return true;
            }),
            error("generic topology", c -> {
                c.topology.typeParameters = "<K>";
                return true;
            }),
            error("component outside the topology", c -> {
                c.topology.extraTypes.add("@PythonBolt(script = \"ok.py\") interface Loose" + c.topology.unique() + " {}");
                return true;
            }),
            error("grouping on a top-level interface", c -> {
                c.topology.extraTypes.add("@FieldsGrouping(from = Object.class, fields = \"f\") interface Stray"
                        + c.topology.unique() + " {}");
                return true;
            }),
            warning("loop no spout feeds", c -> {
                if (c.topology.spouts().isEmpty()) {
                    return false; // Without a spout, [NoSpout] is the error, and no bolt is "unreached".
                }
                String ping = "Ping" + c.topology.unique();
                String pong = "Pong" + c.topology.unique();
                for (String[] pair : new String[][] {{ping, pong}, {pong, ping}}) {
                    Component bolt = new Component();
                    bolt.name = pair[0];
                    bolt.fields = new ArrayList<>(List.of("p"));
                    bolt.groupings.add("@ShuffleGrouping(from = " + pair[1] + ".class)");
                    c.topology.components.add(bolt);
                }
                return true;
            }));

    /** Applies {@code change} to a random component declared as a plain interface, if there is one. */
    private static boolean interfaceComponent(Context c, Consumer<Component> change) {
        List<Component> interfaces = c.topology.components.stream()
                .filter(component -> component.declaration.equals("interface"))
                .toList();
        if (interfaces.isEmpty()) {
            return false;
        }
        change.accept(interfaces.get(c.random.nextInt(interfaces.size())));
        return true;
    }

    // ---- helpers ----

    private static String grouping(String kind, Component from, String stream, List<String> fields) {
        StringBuilder text = new StringBuilder("@").append(kind).append("(from = ").append(from.name).append(".class");
        if (!stream.equals("default")) {
            text.append(", stream = ").append(literal(stream));
        }
        if (kind.equals("FieldsGrouping")) {
            text.append(", fields = ").append(array(fields.isEmpty() ? from.fields.subList(0, 1) : fields));
        }
        return text.append(")").toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A random subset of {@code values}, without repeats, of at least {@code min} elements. */
    private List<String> distinctSubset(List<String> values, int min) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        List<String> subset = new ArrayList<>();
        for (String value : distinct) {
            if (random.nextBoolean()) {
                subset.add(value);
            }
        }
        while (subset.size() < min) {
            String value = distinct.get(random.nextInt(distinct.size()));
            if (!subset.contains(value)) {
                subset.add(value);
            }
        }
        return subset;
    }

    private static String array(List<String> values) {
        return "{" + String.join(", ", values.stream().map(RandomTopologies::literal).toList()) + "}";
    }

    private static String literal(String value) {
        return HostileStringsTest.javaLiteral(value);
    }
}
