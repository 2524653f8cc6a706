package io.github.shellgen.processor.read;

import io.github.shellgen.processor.storm.Setting;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;

/**
 * The {@link Setting} attributes of one annotation as written, in {@link Setting}'s order. Each
 * value's type follows its {@link Setting.Kind}: Integer, Boolean, or {@code Optional<DeclaredType>}.
 */
public record Settings(Map<Setting, Member<Object>> values) {

    public Settings {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A {@link Setting.Kind#CLASS} setting's value. */
    @SuppressWarnings("unchecked")
    public Member<Optional<DeclaredType>> type(Setting setting) {
        return (Member<Optional<DeclaredType>>) (Member<?>) values.get(setting);
    }
}
