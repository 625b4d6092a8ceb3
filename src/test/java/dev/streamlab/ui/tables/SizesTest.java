package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void readableUnits() {
        assertThat(Sizes.inWords(0)).isEqualTo("0 bytes");
        assertThat(Sizes.inWords(1023)).isEqualTo("1023 bytes");
        assertThat(Sizes.inWords(3482)).isEqualTo("3.4 KB");
        assertThat(Sizes.inWords(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GB");
    }
}
