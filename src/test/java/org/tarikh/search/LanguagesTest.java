package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void tellsLanguagesApartByScriptAndLetters() {
        assertThat(Languages.detect("Was the famine a myth?")).isEqualTo("en");
        assertThat(Languages.detect("Голод — это миф?")).isEqualTo("ru");
        assertThat(Languages.detect("Ашаршылық туралы не білесіз?")).isEqualTo("kk");
        assertThat(Languages.detect("Театри ҷумҳурӣ")).isEqualTo("tg");
        assertThat(Languages.detect("Ўзбекистон тарихи")).isEqualTo("uz");
        assertThat(Languages.detect("Үркүн жөнүндө")).isEqualTo("ky");
        assertThat(Languages.detect("Лахути театры қашан ашылды?")).isEqualTo("kk");
        assertThat(Languages.detect("1916")).isEqualTo("en");
        assertThat(Languages.detect("Что такое Zhanaozen?")).isEqualTo("ru");
    }
}
