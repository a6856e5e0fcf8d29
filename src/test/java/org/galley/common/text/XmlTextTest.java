package org.galley.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.galley.common.UserFacingException;
import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void everyRefusedCharacterIsFoundRefusedAndStripped() {
        for (String c : RefusedCharacters.ALL) {
            String text = "ab" + c + "cd";
            assertThat(XmlText.firstRefused(text)).as(RefusedCharacters.name(c)).isEqualTo(2);
            assertThat(XmlText.strip(text)).as(RefusedCharacters.name(c)).isEqualTo("abcd");
            assertThat(XmlText.countRefused(text)).as(RefusedCharacters.name(c)).isEqualTo(1);
            assertThatThrownBy(() -> XmlText.check("headline", text)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("input.error.character"))
                    .satisfies(e -> assertThat((String) ((UserFacingException) e).args()[1]).startsWith(RefusedCharacters.name(c)));
        }
    }

    @Test
    void ordinaryTextOfEveryScriptIsKeptAsItIs() {
        String text = "平湖日报 Tribune\tfrançais\r\n😀 𠀀 \uE000 \uFFFD \uFDCF \uFDF0";
        assertThat(XmlText.clean(text)).isTrue();
        assertThat(XmlText.strip(text)).isSameAs(text);
        assertThat(XmlText.countRefused(text)).isZero();
    }

    @Test
    void aHighSurrogateAtTheEndIsUnpaired() {
        assertThat(XmlText.strip("end" + (char) 0xD83D)).isEqualTo("end");
        assertThat(XmlText.strip((char) 0xDE00 + "start")).isEqualTo("start");
    }
}
