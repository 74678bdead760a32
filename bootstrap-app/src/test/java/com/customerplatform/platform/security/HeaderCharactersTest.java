package com.customerplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loops admit exactly what Spring Security 7's {@code StrictHttpFirewall} expressions admit. */
class HeaderCharactersTest {

    /** Copied from {@code StrictHttpFirewall}: the default rules these loops replace. */
    private static final Pattern FIREWALL_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern FIREWALL_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            if (HeaderCharacters.allowedInName(text)
                    != FIREWALL_NAME.matcher(text).matches()) {
                disagreements.add("name with U+%04X".formatted(codePoint));
            }
            if (HeaderCharacters.allowedInValue(text)
                    != FIREWALL_VALUE.matcher(text).matches()) {
                disagreements.add("value with U+%04X".formatted(codePoint));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aBearerTokenPassesAndControlCharactersDoNotAsInTheFirewall() {
        String token = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_";
        for (String text : new String[] {
            "", token, "a\tb", "a\u0085b", "a\u007fb", "a\u0000", "\ud800", "x\udc00y", "\ud83d\ude00", "\u0378"
        }) {
            assertThat(HeaderCharacters.allowedInName(text))
                    .as(text)
                    .isEqualTo(FIREWALL_NAME.matcher(text).matches());
            assertThat(HeaderCharacters.allowedInValue(text))
                    .as(text)
                    .isEqualTo(FIREWALL_VALUE.matcher(text).matches());
        }
        assertThat(HeaderCharacters.allowedInValue(token)).isTrue();
        assertThat(HeaderCharacters.allowedInValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedInName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("a\u0085b")).isFalse();
    }
}
