package cn.sgz.infra.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private final PersonalData data = new PersonalData(KEY, OTHER_KEY);

    @Test
    void aSealedValueOpensOnlyWithItsKeyAndHidesTheClearText() {
        var sealed = data.seal("41108219900101123X", PersonalData.Mask.ID_NUMBER);
        assertThat(new String(sealed.cipher(), StandardCharsets.ISO_8859_1)).doesNotContain("411082");
        assertThat(data.open(sealed.cipher())).isEqualTo("41108219900101123X");
        assertThatThrownBy(() -> new PersonalData(OTHER_KEY, KEY).open(sealed.cipher()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameValueEncryptsDifferentlyButHashesTheSame() {
        var once = data.seal("41108219900101123x", PersonalData.Mask.ID_NUMBER);
        var twice = data.seal(" 41108219900101123X ", PersonalData.Mask.ID_NUMBER);
        assertThat(once.cipher()).isNotEqualTo(twice.cipher());
        assertThat(once.lookupHash()).isEqualTo(twice.lookupHash());
    }

    @Test
    void masksKeepOnlyTheEnds() {
        assertThat(data.seal("13812345678", PersonalData.Mask.PHONE).masked()).isEqualTo("138****5678");
        assertThat(data.seal("41108219900101123X", PersonalData.Mask.ID_NUMBER).masked())
                .isEqualTo("4110**********123X");
    }

    @Test
    void missingOrShortKeysStopTheService() {
        assertThatThrownBy(() -> new PersonalData("", KEY))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SGZ_DATA_KEY");
        assertThatThrownBy(() -> new PersonalData(KEY, Base64.getEncoder().encodeToString(new byte[8])))
                .hasMessageContaining("32");
    }
}
