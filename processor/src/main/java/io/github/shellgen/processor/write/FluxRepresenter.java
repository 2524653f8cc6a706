package io.github.shellgen.processor.write;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Representer;

/**
 * SnakeYAML's representer, with one change for strings: one holding a line break, a control or a
 * non-printable character is written double-quoted, where every such character is an escape on one
 * line. SnakeYAML would otherwise write it as a literal block (raw NEL, LS and PS line breaks, which
 * Flux's line-by-line placeholder pass and YAML's line folding both change) or as {@code !!binary}
 * (which Flux cannot read as a string). Ordinary strings stay as SnakeYAML writes them.
 */
final class FluxRepresenter extends Representer {

    FluxRepresenter(DumperOptions options) {
        super(options);
        this.representers.put(String.class, data -> {
            String value = data.toString();
            return needsEscapes(value)
                    ? representScalar(Tag.STR, value, DumperOptions.ScalarStyle.DOUBLE_QUOTED)
                    : representScalar(Tag.STR, value);
        });
        this.representers.put(FluxOverrides.Placeholder.class, data -> representScalar(
                Tag.STR, ((FluxOverrides.Placeholder) data).text(), DumperOptions.ScalarStyle.PLAIN));
    }

    private static boolean needsEscapes(String value) {
        if (!StreamReader.isPrintable(value)) {
            return true;
        }
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029);
    }
}
