package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.processor.storm.Setting;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of attributes and the keys they set ({@code storm/Setting}) is whole. */
class SettingTest {

    @Test
    void everySettingConstantIsInAll() throws IllegalAccessException {
        List<Setting> declared = new ArrayList<>();
        for (Field field : Setting.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Setting.class) {
                declared.add((Setting) field.get(null));
            }
        }

        assertThat(declared).isNotEmpty();
        assertThat(Setting.ALL).containsExactlyElementsIn(declared);
    }

    @Test
    void noKeyIsSetByTwoAttributesOfTheSameAnnotation() {
        for (Setting setting : Setting.ALL) {
            for (Setting other : Setting.ALL) {
                boolean sameAnnotation = setting.roles().isEmpty() == other.roles().isEmpty()
                        && (setting.roles().isEmpty() || setting.roles().stream().anyMatch(other.roles()::contains));
                if (setting != other && sameAnnotation) {
                    assertThat(other.key()).isNotEqualTo(setting.key());
                }
            }
        }
    }
}
