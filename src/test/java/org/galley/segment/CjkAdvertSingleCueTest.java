package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each cue of the Chinese advert rule counts: every block here is a notice that only that one cue makes an advert
 * (the others it carries are not enough on their own), so each test fails when its cue is taken out of the rule.
 */
class CjkAdvertSingleCueTest {

    @Test
    void aTelephoneNumberAfterTheWordForTelephoneMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n電話三四五六號\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n三四五六號\n")).isFalse();
    }

    @Test
    void aNumberDialledWithADashMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n(03)4567-8901\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n(03)4567\n")).isFalse();
    }

    @Test
    void aHotlineWordBeforeTwoDigitsMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n訂貨專線八九\n")).isTrue();
    }

    @Test
    void theWordForAddressMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n地址西門外大街\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n西門外大街\n")).isFalse();
    }

    @Test
    void aPriceInYuanOrJiaoMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("福康藥房出品\n止咳良藥五角\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("福康藥房出品\n止咳良藥\n")).isFalse();
    }

    @Test
    void twoSellingWordsCountTwiceOneSellingWordOnce() {
        assertThat(CjkAdvertRule.isAdvertText("止咳良藥\n各大藥房均有\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("止咳良藥\n本埠藥房均有\n")).isFalse();
    }

    @Test
    void aTradeSloganMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("金鼎肥皂\n貨真價實\n各處均有代售\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("金鼎肥皂\n各處均有代售\n")).isFalse();
    }

    @Test
    void aShopWordMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("福康藥房\n各處均有代售\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("福康號\n各處均有代售\n")).isFalse();
    }

    @Test
    void aMedicinesNameAloneOnItsLineMakesTheNotice() {
        assertThat(CjkAdvertRule.isAdvertText("福康藥房出品\n止咳丸\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("福康藥房出品\n止咳良藥\n")).isFalse();
    }
}
