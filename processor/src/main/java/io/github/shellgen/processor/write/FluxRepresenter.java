package io.github.shellgen.processor.write;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * SnakeYAML's representer, with one change for strings: one that {@link YamlText#needsEscapes} is
 * written double-quoted, where every such character is an escape on one line; and placeholders are
 * written plain. Ordinary strings stay as SnakeYAML writes them.
 */
final class FluxRepresenter extends Representer {

    FluxRepresenter(DumperOptions options) {
        super(options);
        this.representers.put(String.class, data -> {
            String value = data.toString();
            return YamlText.needsEscapes(value)
                    ? representScalar(Tag.STR, value, DumperOptions.ScalarStyle.DOUBLE_QUOTED)
                    : representScalar(Tag.STR, value);
        });
        this.representers.put(FluxOverrides.Placeholder.class, data -> representScalar(
                Tag.STR, ((FluxOverrides.Placeholder) data).text(), DumperOptions.ScalarStyle.PLAIN));
    }

}
