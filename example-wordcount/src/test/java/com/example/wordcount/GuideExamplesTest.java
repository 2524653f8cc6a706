package com.example.wordcount;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.shellgen.processor.diagnostic.Message;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README and every page of the guide ({@code docs/}) against the code, so that no page says
 * what the code does not do:
 * <ul>
 *   <li>every code example names the file it comes from ({@code <!-- example: PATH -->} before it),
 *       and is in it: each paragraph of the example, line by line in order, with the archetype's
 *       values filled in (a line may add a trailing comment the file does not have);</li>
 *   <li>every {@code shellgen:GOAL} is a goal of the plugin, and every {@code -Dshellgen.NAME} a
 *       property of one, or a setting the code reads;</li>
 *   <li>every processor message shown ({@code [Tag] ...}) is one the processor prints;</li>
 *   <li>every relative link leads to a file, and every {@code #anchor} to a heading of it;</li>
 *   <li>the Python runtime's API table names what its type stubs declare, no more and no less.</li>
 * </ul>
 * The diagrams are {@link ReadmeDiagramsTest}'s, and the archetype's project shown whole in
 * "Getting started" is the plugin module's {@code ReadmeProjectTest}'s.
 */
class GuideExamplesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!-- example: (.+?) -->$");
    private static final Set<String> CODE = Set.of("java", "python", "xml", "yaml", "toml");
    private static final String ARCHETYPE = "archetype/src/main/resources/archetype-resources/";

    private record Block(Path page, int line, String language, String marker, List<String> lines) {
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }
    }

    private static List<Path> pages;
    private static List<Block> blocks;

    @BeforeAll
    static void readThePages() throws IOException {
        pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        blocks = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher fence = FENCE.matcher(lines.get(i));
                if (!fence.matches()) {
                    continue;
                }
                String marker = null;
                for (int j = i - 1; j >= 0; j--) {
                    if (!lines.get(j).isBlank()) {
                        Matcher m = MARKER.matcher(lines.get(j));
                        marker = m.matches() ? m.group(1) : null;
                        break;
                    }
                }
                int end = i + 1;
                while (!lines.get(end).startsWith("```")) {
                    end++;
                }
                blocks.add(new Block(page, i + 1, fence.group(1), marker, lines.subList(i + 1, end)));
                i = end;
            }
        }
        assertWithMessage("code blocks in the README and the guide").that(blocks.size()).isGreaterThan(40);
    }

    @Test
    void everyBlockSaysWhatLanguageItIs() {
        List<String> bare = blocks.stream().filter(b -> b.language().isEmpty()).map(Block::where).toList();
        assertWithMessage("blocks without a language (```text for output)").that(bare).isEmpty();
    }

    @Test
    void everyCodeExampleIsInTheFileItNames() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Block block : blocks) {
            if (block.marker() == null) {
                if (CODE.contains(block.language())) {
                    problems.add(block.where() + ": a " + block.language() + " example without <!-- example: PATH -->");
                }
                continue;
            }
            Path file = ROOT.resolve(block.marker());
            if (!Files.isRegularFile(file)) {
                problems.add(block.where() + ": " + block.marker() + " is not a file");
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (block.marker().startsWith(ARCHETYPE)) {
                text = ArchetypeValues.fill(text);
            }
            String missing = missingLine(block, text, file.getFileName().toString());
            if (missing != null) {
                problems.add(block.where() + ": not in " + block.marker() + ": " + missing);
            }
            checked++;
        }
        assertWithMessage("examples that are not what the files they name hold").that(problems).isEmpty();
        assertWithMessage("examples checked").that(checked).isGreaterThan(30);
    }

    /** The first line of a paragraph of the block not found, in order, in text; null when all are. */
    private static String missingLine(Block block, String text, String fileName) {
        List<List<String>> paragraphs = new ArrayList<>(List.of(new ArrayList<>()));
        for (String line : block.lines()) {
            if (line.isBlank()) {
                paragraphs.add(new ArrayList<>());
            } else {
                paragraphs.get(paragraphs.size() - 1).add(line.strip());
            }
        }
        for (List<String> paragraph : paragraphs) {
            int at = 0;
            for (String line : paragraph) {
                // A comment naming the file ("# split.py ...") says where the example comes from.
                if ((line.startsWith("# ") || line.startsWith("// ")) && line.contains(fileName)) {
                    continue;
                }
                int found = text.indexOf(line, at);
                if (found < 0) {
                    String bare = line.replaceFirst("\\s{2,}(#|//)\\s.*$", "").strip();
                    found = bare.isEmpty() || bare.startsWith("# ") || bare.startsWith("// ") ? at : text.indexOf(bare, at);
                    if (found < 0 && (line.startsWith("# ") || line.startsWith("// ") || line.startsWith("<!--"))) {
                        found = at; // a comment of the guide's own, between lines of the file
                    }
                }
                if (found < 0) {
                    return line;
                }
                at = found + 1;
            }
        }
        return null;
    }

    @Test
    void everyGoalAndPropertyIsThePlugins() throws IOException {
        Set<String> goals = new TreeSet<>();
        Set<String> properties = new TreeSet<>();
        Path mojos = ROOT.resolve("maven-plugin/src/main/java/io/github/shellgen/maven");
        try (Stream<Path> files = Files.list(mojos)) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                Matcher goal = Pattern.compile("@Mojo\\(name = \"([a-z-]+)\"").matcher(source);
                while (goal.find()) {
                    goals.add(goal.group(1));
                }
                Matcher property = Pattern.compile("property = \"(shellgen\\.[A-Za-z.]+)\"").matcher(source);
                while (property.find()) {
                    properties.add(property.group(1));
                }
            }
        }
        assertWithMessage("the plugin's goals").that(goals).containsAtLeast("run", "submit", "check", "python-test");
        Set<String> readByCode = settingsTheCodeReads();
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher goal = Pattern.compile("(?<![.\\w])shellgen:([a-z][a-z-]*)").matcher(text);
            while (goal.find()) {
                if (!goals.contains(goal.group(1))) {
                    problems.add(ROOT.relativize(page) + ": shellgen:" + goal.group(1) + " is not a goal of the plugin");
                }
            }
            Matcher property = Pattern.compile("-D(shellgen\\.[A-Za-z][A-Za-z.]*[A-Za-z])").matcher(text);
            while (property.find()) {
                String name = property.group(1);
                if (!properties.contains(name) && !readByCode.contains(name)) {
                    problems.add(ROOT.relativize(page) + ": -D" + name + " is no property of the plugin, and no code reads it");
                }
            }
        }
        assertWithMessage("goals and properties the guide names").that(problems).isEmpty();
    }

    /** Every "shellgen.x.y" string literal in the Java sources: settings read by tests and runs. */
    private static Set<String> settingsTheCodeReads() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(shellgen\\.[A-Za-z][A-Za-z.]*[A-Za-z])\"");
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/target/")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void everyProcessorMessageShownIsOneItPrints() throws Exception {
        Field template = Message.class.getDeclaredField("template");
        template.setAccessible(true);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        Pattern tagged = Pattern.compile("\\[([A-Z][A-Za-z]+)\\] ");
        for (Block block : blocks) {
            if (!block.language().equals("text")) {
                continue;
            }
            String text = String.join(" ", block.lines()).replaceAll("\\s+", " ");
            Matcher tag = tagged.matcher(text);
            while (tag.find()) {
                List<Message> withTag = Stream.of(Message.values()).filter(m -> m.tag().equals(tag.group(1))).toList();
                if (withTag.isEmpty()) {
                    if (!Set.of("INFO", "ERROR", "WARNING").contains(tag.group(1))) {
                        problems.add(block.where() + ": [" + tag.group(1) + "] is no tag of the processor's");
                    }
                    continue;
                }
                String shown = text.substring(tag.end());
                boolean matches = false;
                for (Message message : withTag) {
                    if (templatePattern((String) template.get(message)).matcher(shown).lookingAt()) {
                        matches = true;
                        break;
                    }
                }
                if (!matches) {
                    problems.add(block.where() + ": [" + tag.group(1) + "] " + shown.substring(0, Math.min(120, shown.length()))
                            + "... is not what the processor prints");
                }
                checked++;
            }
        }
        assertWithMessage("processor messages in the guide").that(problems).isEmpty();
        assertWithMessage("processor messages checked").that(checked).isAtLeast(2);
    }

    /** A message template as a pattern: its values (%s, %d) match anything, its words themselves. */
    private static Pattern templatePattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.replaceAll("\\s+", " ").split("%[sd]", -1)) {
            if (regex.length() > 0) {
                regex.append(".*?");
            }
            regex.append(Pattern.quote(part.replace("%%", "%")));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Test
    void everyLinkLeadsSomewhere() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(linked)) {
                    problems.add(ROOT.relativize(page) + ": " + target + ": no such file");
                    continue;
                }
                if (target.contains("#") && linked.toString().endsWith(".md")
                        && !anchors(linked).contains(target.substring(target.indexOf('#') + 1))) {
                    problems.add(ROOT.relativize(page) + ": " + target + ": no such heading");
                }
            }
        }
        assertWithMessage("links in the README and the guide").that(problems).isEmpty();
    }

    /** The anchors GitHub gives a page's headings. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (!inBlock && line.startsWith("#")) {
                anchors.add(line.replaceFirst("^#+\\s*", "").strip().toLowerCase()
                        .replaceAll("[^\\w\\- ]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    @Test
    void theRuntimeApiTableNamesWhatTheStubsDeclare() throws IOException {
        String stubs = Files.readString(ROOT.resolve("runtime/src/main/resources/io/github/shellgen/runtime/python/storm.pyi"));
        Set<String> declared = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^(?:def|class) ([A-Za-z][A-Za-z_]*)|^([A-Z][A-Z_]*):").matcher(stubs);
        while (m.find()) {
            declared.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Set<String> listed = new TreeSet<>();
        String page = Files.readString(ROOT.resolve("docs/python-runtime.md"));
        String table = page.substring(page.indexOf("## The API"), page.indexOf("\n## ", page.indexOf("## The API") + 1));
        for (String row : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            Matcher name = Pattern.compile("`([A-Za-z][A-Za-z_]*)").matcher(row.split(" \\| ")[0]);
            while (name.find()) {
                listed.add(name.group(1));
            }
        }
        assertWithMessage("docs/python-runtime.md's API table against storm.pyi").that(listed).isEqualTo(declared);
    }

    /**
     * The values the archetype's integration test generates its project with, as the guide shows it,
     * and the versions the build fills in (the parent POM's: the default Storm version, whatever
     * -Dstorm.version says, and storm-shellgen's).
     */
    static final class ArchetypeValues {
        static String fill(String text) throws IOException {
            String parent = Files.readString(ROOT.resolve("pom.xml"));
            Matcher storm = Pattern.compile("<storm.default.version>([^<]+)<").matcher(parent);
            Matcher version = Pattern.compile("<artifactId>shellgen-parent</artifactId>\\s*<version>([^<]+)<")
                    .matcher(parent);
            assertWithMessage("the parent POM's versions").that(storm.find() && version.find()).isTrue();
            return text.replace("${groupId}", "com.example").replace("${artifactId}", "lines")
                    .replace("${version}", "1.0").replace("${package}", "com.example.lines")
                    .replace("${stormVersion}", storm.group(1)).replace("${shellgenVersion}", version.group(1));
        }
    }
}
