package io.github.shellgen.processor.write;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.ConfigEntry;
import io.github.shellgen.processor.model.MetricModel;
import io.github.shellgen.processor.model.Role;
import io.github.shellgen.processor.model.StreamModel;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes one shell component class: {@code extends ShellBolt implements IRichBolt, <Interface>} (or
 * the spout equivalents), running the command, declaring the output streams, returning the
 * component configuration, and, when it starts, checking that it can start, registering its
 * metrics and applying the settings Storm reads only from the conf it starts with.
 */
public final class ComponentWriter {

    private static final TypeName CONF_MAP = ParameterizedTypeName.get(Map.class, String.class, Object.class);

    private final GeneratedSources sources;

    public ComponentWriter(ProcessingEnvironment env) {
        this.sources = new GeneratedSources(env);
    }

    public void write(ComponentModel component, Element originating) throws IOException {
        String kind = kind(component);
        String where = component.runInResourcesDir() ? "in the topology's resources folder" : "in the worker's directory";
        TypeSpec.Builder type = TypeSpec.classBuilder(component.componentClass())
                .addJavadoc("Storm $L {@code $L} of {@link $T}: runs {@code $L} $L.\n", kind,
                        GeneratedSources.javadocText(component.id()), component.source(),
                        GeneratedSources.commandLine(component.command()), where)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(StormTypes.shellBase(component.role()))
                .addSuperinterface(StormTypes.richInterface(component.role()))
                .addSuperinterface(component.source())
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addField(FieldSpec.builder(String.class, "ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The component id in the topology.\n")
                        .initializer(GeneratedSources.literal(component.id()))
                        .build())
                .addField(FieldSpec.builder(String[].class, "command", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The array the shell base class runs; its resource files become absolute paths\n")
                        .addJavadoc("when the subprocess does not run in the resources folder.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("this(new String[] {$L})", component.command().stream()
                                .map(GeneratedSources::literal)
                                .collect(CodeBlock.joining(", ")))
                        .build())
                .addMethod(constructor(component))
                .addMethod(declareOutputFields(component.streams()))
                .addMethod(getComponentConfiguration(component))
                .addMethod(start(component))
                .addMethod(checkCanStart(component));
        sources.write(component.componentClass().packageName(), sources.mark(type, originating).build());
    }

    private static String kind(ComponentModel component) {
        return component.role() == Role.SPOUT ? "spout" : "bolt";
    }

    private static MethodSpec constructor(ComponentModel component) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String[].class, "command")
                .addStatement("super(command)")
                .addStatement("this.command = command");
        if (!component.env().isEmpty()) {
            constructor.addStatement("$T<String, String> env = new $T<>()", Map.class, HashMap.class);
            component.env().forEach((name, value) -> constructor.addStatement("env.put($L, $L)",
                    GeneratedSources.literal(name), GeneratedSources.literal(value)));
            constructor.addStatement("setEnv(env)");
        }
        if (!component.runInResourcesDir()) {
            constructor.addStatement("changeChildCWD(false)");
        }
        return constructor.build();
    }

    private static MethodSpec declareOutputFields(List<StreamModel> streams) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("declareOutputFields")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(StormTypes.OUTPUT_FIELDS_DECLARER, "declarer");
        if (streams.isEmpty()) {
            method.addComment("Emits nothing.");
        }
        for (StreamModel stream : streams) {
            if (stream.isDefault() && !stream.direct()) {
                method.addStatement("declarer.declare($L)", GeneratedSources.newFields(stream.fields()));
            } else {
                method.addStatement("declarer.declareStream($L, $L, $L)", GeneratedSources.literal(stream.id()),
                        stream.direct(), GeneratedSources.newFields(stream.fields()));
            }
        }
        return method.build();
    }

    private static MethodSpec getComponentConfiguration(ComponentModel component) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("getComponentConfiguration")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(CONF_MAP);
        if (component.componentConfig().isEmpty()) {
            return method.addComment("No component-specific configuration: the topology's applies.")
                    .addStatement("return null")
                    .build();
        }
        method.addStatement("$T conf = new $T<>()", CONF_MAP, HashMap.class);
        for (ConfigEntry entry : component.componentConfig()) {
            method.addStatement("conf.put($L, $L)", GeneratedSources.literal(entry.key()), ConfigCode.value(entry.value()));
        }
        return method.addStatement("return conf").build();
    }

    /** {@code prepare} or {@code open}: check, register the metrics, apply the launch settings, start. */
    private static MethodSpec start(ComponentModel component) {
        boolean spout = component.role() == Role.SPOUT;
        MethodSpec.Builder method = MethodSpec.methodBuilder(spout ? "open" : "prepare")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(CONF_MAP, "topoConf")
                .addParameter(StormTypes.TOPOLOGY_CONTEXT, "context")
                .addParameter(spout ? StormTypes.SPOUT_OUTPUT_COLLECTOR : StormTypes.OUTPUT_COLLECTOR, "collector");
        if (!component.metrics().isEmpty()) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation")
                    .build());
        }
        method.addStatement("String dir = context.getCodeDir()");
        if (!component.runInResourcesDir() && !component.resourceArgs().isEmpty()) {
            method.addComment("The subprocess runs in the worker's directory: name its files by absolute path.");
            CodeBlock indices = component.resourceArgs().stream()
                    .map(i -> CodeBlock.of("$L", i))
                    .collect(CodeBlock.joining(", "));
            method.beginControlFlow("for (int i : new int[] {$L})", indices)
                    .beginControlFlow("if (!new $T(command[i]).isAbsolute())", File.class)
                    .addStatement("command[i] = new $T(dir, command[i]).getPath()", File.class)
                    .endControlFlow()
                    .endControlFlow();
        }
        method.addStatement("checkCanStart(dir)");
        for (MetricModel metric : component.metrics()) {
            method.addStatement("context.registerMetric($L, $L, $L)", GeneratedSources.literal(metric.name()),
                    newMetric(metric), metric.intervalSecs());
        }
        String conf = "topoConf";
        if (!component.launchConfig().isEmpty()) {
            method.addComment("Storm reads these only from the conf a shell component starts with, not from its");
            method.addComment("component configuration: they apply to this component alone.");
            method.addStatement("$T conf = new $T<>(topoConf)", CONF_MAP, HashMap.class);
            for (ConfigEntry entry : component.launchConfig()) {
                method.addStatement("conf.put($L, $L)", GeneratedSources.literal(entry.key()), ConfigCode.value(entry.value()));
            }
            conf = "conf";
        }
        method.beginControlFlow("try")
                .addStatement("super.$L($L, context, collector)", spout ? "open" : "prepare", conf)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw new $T($L + $T.join(\" \", command) + $L + $L + \": \" + e.getMessage(), e)",
                        IllegalStateException.class,
                        GeneratedSources.literal(prefix(component) + " failed to start \""), String.class,
                        GeneratedSources.literal("\" in "), component.runInResourcesDir()
                                ? CodeBlock.of("dir")
                                : CodeBlock.of("$T.getProperty(\"user.dir\")", System.class))
                .endControlFlow();
        return method.build();
    }

    private static CodeBlock newMetric(MetricModel metric) {
        return switch (metric.type()) {
            case COUNT -> CodeBlock.of("new $T()", StormTypes.COUNT_SHELL_METRIC);
            case ASSIGN -> CodeBlock.of("new $T(null)", StormTypes.ASSIGNABLE_SHELL_METRIC);
            case MEAN -> CodeBlock.of("new $T(new $T())", StormTypes.REDUCED_SHELL_METRIC, StormTypes.MEAN_REDUCER);
        };
    }

    private static String prefix(ComponentModel component) {
        return "storm-shellgen: " + kind(component) + " \"" + component.id() + "\" (" + component.componentClass().simpleName() + ")";
    }

    /**
     * Throws, naming the component, the file or program and the fix, when a file the subprocess
     * needs is not in the resources folder or its program is not on the {@code PATH}: otherwise
     * Storm reports only "Pipe to subprocess seems to be broken!" or "Cannot run program".
     */
    private static MethodSpec checkCanStart(ComponentModel component) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("checkCanStart")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "dir");
        if (!component.requiredFiles().isEmpty()) {
            CodeBlock files = component.requiredFiles().stream()
                    .map(GeneratedSources::literal)
                    .collect(CodeBlock.joining(", "));
            method.beginControlFlow("for (String file : new String[] {$L})", files)
                    .beginControlFlow("if (!new $T(dir, file).isFile())", File.class)
                    .addStatement("throw new $T($L + file + \" is not in the topology's resources folder \" + dir"
                                    + " + $L)", IllegalStateException.class,
                            GeneratedSources.literal(prefix(component) + " cannot start: "),
                            GeneratedSources.literal(". Storm takes resources/ from the first jar on the class path that"
                                    + " has one: put the file in the jar's resources/ folder (src/main/resources/resources/"
                                    + " in Maven), and put that jar first on the class path (storm jar does)."))
                    .endControlFlow()
                    .endControlFlow();
        }
        method.addStatement("String program = command[0]");
        method.beginControlFlow("if (program.indexOf('/') >= 0 || program.indexOf('\\\\') >= 0)")
                .beginControlFlow("if (!new $T(program).canExecute())", File.class)
                .addStatement("throw new $T($L + program + $L)", IllegalStateException.class,
                        GeneratedSources.literal(prefix(component) + " cannot start: "),
                        GeneratedSources.literal(" is not an executable file on this worker. Install it, or name"
                                + " another program in the annotation."))
                .endControlFlow()
                .addStatement("return")
                .endControlFlow();
        method.addStatement("String path = System.getenv(\"PATH\")");
        method.beginControlFlow("for (String entry : (path == null ? \"\" : path).split($T.pathSeparator))", File.class)
                .beginControlFlow("if (!entry.isEmpty() && (new $T(entry, program).canExecute()"
                        + " || new $T(entry, program + \".exe\").canExecute()))", File.class, File.class)
                .addStatement("return")
                .endControlFlow()
                .endControlFlow();
        method.addStatement("throw new $T($L + program + \" is not on the worker's PATH (\" + path + $L)",
                IllegalStateException.class,
                GeneratedSources.literal(prefix(component) + " cannot start: the program "),
                GeneratedSources.literal("). Install it on every worker host, or name it by absolute path in the"
                        + " annotation."));
        return method.build();
    }
}
