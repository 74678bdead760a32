package com.customerplatform.platform.security;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} admits in header names and values,
 * checked by a loop instead of its regular expressions: {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}
 * for names, and the same plus the tab for values. The firewall checks every header a request's
 * handling reads, the bearer token's some 800 characters among them, and matching those
 * expressions was about 4 % of a customer read's CPU (docs/performance.md).
 */
final class HeaderCharacters {

    private HeaderCharacters() {}

    static boolean allowedInName(String name) {
        return assignedAndNotControl(name, false);
    }

    static boolean allowedInValue(String value) {
        return assignedAndNotControl(value, true);
    }

    private static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
