package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkeletonTest {

    @Test
    void spellingsOfOneNameShareASkeleton() {
        assertThat(Skeleton.of("жанаозен")).isEqualTo(Skeleton.of("zhanaozen"))
                .isEqualTo(Skeleton.of("janaozen"));
        assertThat(Skeleton.of("шокай")).isEqualTo(Skeleton.of("shokay"));
        assertThat(Skeleton.of("желтоқсан")).isEqualTo(Skeleton.of("jeltoqsan"));
        assertThat(Skeleton.of("ҷумҳурӣ")).isEqualTo(Skeleton.of("jumhuri"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(Skeleton.of("karimov")).isNotEqualTo(Skeleton.of("rakhimov"));
    }
}
