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

    @Test
    void tellsUzbekInLatinLettersFromEnglish() {
        assertThat(Languages.detect("Andijonda 2005-yil may oyida nima boʻlgan?")).isEqualTo("uz");
        assertThat(Languages.detect("andijonda 2005 yil may oyida nima bolgan")).isEqualTo("uz");
        assertThat(Languages.detect("Paxta ishi haqiqatan uydirma edimi?")).isEqualTo("uz");
        assertThat(Languages.detect("O'zbekistonda paxta ishi")).isEqualTo("uz");
        assertThat(Languages.detect("When did Stalin die?")).isEqualTo("en");
        assertThat(Languages.detect("was the andijan massacre real")).isEqualTo("en");
        assertThat(Languages.detect("kim jong un")).isEqualTo("en");
        assertThat(Languages.detect("This was the result of the prolonged undermining of socialist construction and "
                + "the weakening of the activities of the soviets.")).as("English words ending like Uzbek ones")
                .isEqualTo("en");
    }

    @Test
    void tellsTheRegionsLanguagesWithoutTheirOwnLettersFromRussianByTheModel() {
        assertThat(Languages.detect("Тошкент зилзиласи 1966 йилда бўлганми?")).isEqualTo("uz");
        assertThat(Languages.detect("Жаңаөзенде 2011 жылы қанша адам қаза тапты?")).isEqualTo("kk");
        assertThat(Languages.detect("Правда ли, что голод в Казахстане в 1930-х годах придумали националисты?"))
                .isEqualTo("ru");
        assertThat(Languages.detect("сколько людей погибло в жанаозене")).isEqualTo("ru");
    }
}
