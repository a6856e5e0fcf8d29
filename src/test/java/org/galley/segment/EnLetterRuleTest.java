package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The line tests of {@link EnLetterRule} on the forms letters take in English papers of the 1800s, with the slips
 * of their OCR, and on the lines they must not take: running text, headings, a Gazette's "SIR,".
 */
class EnLetterRuleTest {

    @Test
    void theAddressIsReadWithTheOcrsSlips() {
        assertThat(EnLetterRule.isAddress("TO THE EDITOR OF THE WESTBOURNE HERALD.")).isTrue();
        assertThat(EnLetterRule.isAddress("To the Editor of the \" Examiner.\"")).isTrue();
        assertThat(EnLetterRule.isAddress("Ti the Editor of the \"Eonminer.-")).isTrue();
        assertThat(EnLetterRule.isAddress("To the Etlitoe of the \"Examiner.\"")).isTrue();
        assertThat(EnLetterRule.isAddress("To the the Editor of the \"Examiner.-")).isTrue();
        assertThat(EnLetterRule.isAddress("TO THE EDITOR ut, LirAiti)ool; STANDARD:")).isTrue();
        assertThat(EnLetterRule.isAddress("TO THE EDITORS.")).isTrue();
    }

    @Test
    void runningTextAndOtherHeadingsAreNoAddress() {
        assertThat(EnLetterRule.isAddress("To the east of the town the road is bad.")).isFalse();
        assertThat(EnLetterRule.isAddress("TO THE ELECTORS OF THE BOROUGH.")).isFalse();
        assertThat(EnLetterRule.isAddress("to the editor of this paper, who had asked for it, and")).isFalse();
        assertThat(EnLetterRule.isAddress("To the Editor of the \"Examiner.\" to meet them in a high tide of prosperity"))
                .isFalse();
    }

    @Test
    void aSalutationRunningOnAfterADashOpensALetter() {
        assertThat(EnLetterRule.opensWithSalutation("SIR,—Will you allow me, through the", true)).isTrue();
        assertThat(EnLetterRule.opensWithSalutation("Sir,—I beg to protest", true)).isTrue();
        assertThat(EnLetterRule.opensWithSalutation("SIR—As the term \" Ultra Tory\" is", true)).isTrue();
        assertThat(EnLetterRule.opensWithSalutation("DEAR SIR,-Permit me to ask why", true)).isTrue();
        assertThat(EnLetterRule.opensWithSalutation("GENTLEMEN,—We the undersigned", true)).isTrue();
        assertThat(EnLetterRule.opensWithSalutation("Sin.,—The committee of the", true)).isTrue();
        assertThat(EnLetterRule.opensWithSalutation("SIR,—", true)).isTrue();
    }

    @Test
    void aSalutationAloneIsOneButOpensNoLetterToTheEditor() {
        assertThat(EnLetterRule.opensWithSalutation("SIR,", false)).isTrue();
        assertThat(EnLetterRule.opensWithSalutation("SIR,", true)).isFalse();
        assertThat(EnLetterRule.opensWithSalutation("SIR, December 28, 1799.", true)).isFalse();
    }

    @Test
    void namesAndWordsThatOnlyStartLikeASalutationAreNone() {
        assertThat(EnLetterRule.salutationEnd("Sir Robert Peel rose amid loud cheers")).isEqualTo(-1);
        assertThat(EnLetterRule.salutationEnd("SIRIUS.—The dog-star")).isEqualTo(-1);
        assertThat(EnLetterRule.salutationEnd("SALE OF STOCK.—On Friday")).isEqualTo(-1);
        assertThat(EnLetterRule.salutationEnd("Mr. Dance, 4, North-street.")).isEqualTo(-1);
    }

    @Test
    void theDatelineRuleLeavesTheSalutationInTheText() {
        assertThat(LatinDatelineRule.split("SIR,—Will you allow me, through the")).isNull();
        assertThat(LatinDatelineRule.split("DEAR SIR.—Your paper being widely read")).isNull();
        assertThat(LatinDatelineRule.split("BRIGHTON, April 30.—The regatta was")).isNotNull();
    }

    @Test
    void theComplimentaryCloseInItsForms() {
        assertThat(EnLetterRule.isClose("I am, Sir, yours obediently,")).isTrue();
        assertThat(EnLetterRule.isClose("Yours obediently,")).isTrue();
        assertThat(EnLetterRule.isClose("I am, Sir, your obedient servant,")).isTrue();
        assertThat(EnLetterRule.isClose("Yours, &c.,")).isTrue();
        assertThat(EnLetterRule.isClose("I Yours obediently. '")).isTrue();
        assertThat(EnLetterRule.isClose("I have the honour to be, Sir, &c.")).isTrue();
        assertThat(EnLetterRule.isClose("the choice between the two plans is yours and")).isFalse();
        assertThat(EnLetterRule.isClose("The ratepayers, who have paid their rates for years and years and received nothing,"))
                .isFalse();
    }

    @Test
    void theSignatureGivesTheWritersName() {
        assertThat(EnLetterRule.signature("AN OLD INHABITANT.", false)).isEqualTo("AN OLD INHABITANT");
        assertThat(EnLetterRule.signature("J. W. HOLLAND.", false)).isEqualTo("J. W. HOLLAND");
        assertThat(EnLetterRule.signature("CHARLES HOWELL, District Secretary.", false)).isEqualTo("CHARLES HOWELL");
        assertThat(EnLetterRule.signature("A LOOKER-ON.", false)).isEqualTo("A LOOKER-ON");
        assertThat(EnLetterRule.signature("X. Y. Z.", false)).isEqualTo("X. Y. Z.");
        assertThat(EnLetterRule.signature("Thomas Wright.", true)).isEqualTo("Thomas Wright");
    }

    @Test
    void textAndNumbersAreNoSignature() {
        assertThat(EnLetterRule.signature("Thomas Wright.", false)).isNull();
        assertThat(EnLetterRule.signature("the inhabitants of the lower part of the town have", true)).isNull();
        assertThat(EnLetterRule.signature("NO. 3 BRANCH.", true)).isNull();
        assertThat(EnLetterRule.signature("ROB. MIDDLETON, who commanded the boats, was wounded in the arm.", true))
                .isNull();
    }

    @Test
    void thePlaceAndDateUnderASignature() {
        assertThat(EnLetterRule.isTail("Western-road, April 29th, 1878.")).isTrue();
        assertThat(EnLetterRule.isTail("Chase-terrace, Ohme Town, April 29, 1874.")).isTrue();
        assertThat(EnLetterRule.isTail("May 3, 1878.")).isTrue();
        assertThat(EnLetterRule.isTail("Secretary to No. 3 Branch.")).isTrue();
        assertThat(EnLetterRule.isTail("SIR,—I beg to protest against the closing")).isFalse();
        assertThat(EnLetterRule.isTail("The Board met again on Monday, when the clerk read the")).isFalse();
    }
}
