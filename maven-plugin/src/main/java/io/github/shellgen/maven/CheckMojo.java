package io.github.shellgen.maven;

import io.github.shellgen.processor.validate.ScriptCheck;
import io.github.shellgen.processor.validate.ScriptChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks again, in {@code compile} after javac, the scripts that changed since the processor checked them:
 * javac's incremental compilation skips the processor when no Java source changed, so without this
 * goal a script changed alone would be checked only after {@code mvn clean compile}. It reads the
 * processor's record of the compilation's checks ({@link ScriptChecker#RECORD}), compares each
 * script's content with what was checked, and asks python3 about those that differ, with the
 * processor's own checker and messages; a finding fails the build. Changed scripts that pass are
 * recorded as checked. It also writes the Python tools' files ({@link PythonAuthorFiles}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(property = "shellgen.check.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        PythonAuthorFiles.write(project);
        if (skip) {
            return;
        }
        Path record = Path.of(project.getBuild().getDirectory()).resolve(ScriptChecker.RECORD);
        long started = System.nanoTime();
        Optional<ScriptChecker.Recorded> recorded;
        try {
            recorded = ScriptChecker.read(record);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Cannot read " + record + " (" + e.getMessage() + "): run mvn clean compile",
                    e);
        }
        if (recorded.isEmpty()) {
            getLog().debug("storm-shellgen: no record of checked scripts in " + record);
            return;
        }
        Map<ScriptCheck, String> digests = new LinkedHashMap<>(recorded.get().digests());
        Map<ScriptCheck, String> changed = new LinkedHashMap<>();
        digests.forEach((check, digest) -> {
            String now = ScriptChecker.digest(Path.of(check.file()));
            if (!now.equals(digest)) {
                changed.put(check, now);
            }
        });
        if (changed.isEmpty()) {
            getLog().debug("storm-shellgen: every script is as the processor checked it");
            return;
        }
        List<String> gone = new ArrayList<>();
        changed.forEach((check, digest) -> {
            if (digest.isEmpty()) {
                gone.add(check.display() + " script \"" + check.script() + "\" of component \"" + check.componentId()
                        + "\": " + check.file() + " is gone");
            }
        });
        if (!gone.isEmpty()) {
            gone.forEach(getLog()::error);
            throw new MojoFailureException("storm-shellgen: " + gone.size() + " script(s) the topology runs are gone"
                    + " since the last compilation (above). Put them back, or change the annotations and compile.");
        }
        List<ScriptChecker.Finding> findings;
        ScriptChecker.Recorded settings = recorded.get();
        try {
            findings = new ScriptChecker(settings.python()).check(List.copyOf(changed.keySet()), settings.roots(),
                    settings.blob());
        } catch (IOException e) {
            getLog().warn("storm-shellgen did not check the changed scripts: " + settings.python()
                    + " could not be run (" + e.getMessage() + ")");
            return;
        }
        int errors = 0;
        List<ScriptCheck> failed = new ArrayList<>();
        for (ScriptChecker.Finding finding : findings) {
            ScriptCheck check = finding.check();
            String where = check == null ? "" : " (" + check.display() + " on " + check.interfaceName() + ", component \""
                    + check.componentId() + "\")";
            if (finding.message().kind() == Diagnostic.Kind.ERROR) {
                errors++;
                getLog().error(finding.text() + where);
                if (check != null) {
                    failed.add(check);
                }
            } else {
                getLog().warn(finding.text() + where);
            }
        }
        // The scripts that passed are checked; those that failed are checked again next time.
        changed.forEach((check, digest) -> digests.put(check, failed.contains(check) ? "" : digest));
        try {
            ScriptChecker.record(record, settings.python(), settings.roots(), settings.blob(), digests);
        } catch (IOException e) {
            getLog().debug("storm-shellgen: cannot update " + record + ": " + e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> names = changed.keySet().stream().map(ScriptCheck::script).distinct().toList();
        if (errors > 0) {
            throw new MojoFailureException("storm-shellgen: " + errors + " problem(s) in the changed script(s) "
                    + String.join(", ", names) + " (above), which the processor would have reported at compile time");
        }
        getLog().info("storm-shellgen: checked the changed script(s) " + String.join(", ", names) + " in " + millis
                + " ms: no problem");
    }
}
