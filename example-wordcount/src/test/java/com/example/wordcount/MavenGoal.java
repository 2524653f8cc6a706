package com.example.wordcount;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a goal of shellgen-maven-plugin on this module as a user runs it: a real {@code mvn}, in the
 * module's folder, on the jar the build made. The plugin comes from the repository the plugin's own
 * integration tests install this build's artifacts into ({@code maven-plugin/target/local-repo}, the
 * rest read from this build's local repository), or, when that is absent, from the local repository
 * itself ({@code mvn install} put it there).
 */
final class MavenGoal {

    record Result(int status, String output) {}

    private MavenGoal() {}

    static Result run(Path logs, String... arguments) throws Exception {
        Path mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-ntp", "-Dstorm.version="
                + System.getProperty("storm.version")));
        Path itRepo = Path.of(System.getProperty("shellgen.itRepo"));
        if (Files.isDirectory(itRepo.resolve("io/github/shellgen/shellgen-maven-plugin"))) {
            Path settings = logs.resolve("settings.xml");
            Files.writeString(settings, """
                    <settings>
                      <profiles><profile><id>build-repo</id>
                        <activation><activeByDefault>true</activeByDefault></activation>
                        <repositories><repository><id>build-repo</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></repository></repositories>
                        <pluginRepositories><pluginRepository><id>build-repo</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository>
                        </pluginRepositories>
                      </profile></profiles>
                    </settings>
                    """.formatted(Path.of(System.getProperty("shellgen.localRepo")).toUri()));
            command.addAll(List.of("-s", settings.toString(), "-Dmaven.repo.local=" + itRepo));
        }
        command.addAll(List.of(arguments));
        Path output = logs.resolve("mvn-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        // Maven's own JVM starts about a quarter faster so (2.8 s to 2.1 s a goal here), and does little work.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        Process process = builder.start();
        try {
            if (!process.waitFor(400, TimeUnit.SECONDS)) {
                throw new AssertionError("mvn " + String.join(" ", arguments) + " did not end within 400 s:\n"
                        + RealCluster.tail(output, 40));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /** {@link #run}, which must succeed; its output. */
    static String succeed(Path logs, String... arguments) throws Exception {
        Result result = run(logs, arguments);
        if (result.status() != 0) {
            throw new AssertionError("mvn " + String.join(" ", arguments) + " failed (status " + result.status() + "):\n"
                    + result.output());
        }
        return result.output();
    }

}
