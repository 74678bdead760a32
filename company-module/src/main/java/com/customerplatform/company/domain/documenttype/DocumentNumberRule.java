package com.customerplatform.company.domain.documenttype;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the numbers of a document type are checked and written in their normal form. Separators
 * people type ({@code .}, {@code -}, spaces) are accepted; the normal form is what gets stored, so
 * {@code 900.123.456-8} and {@code 9001234568} are the same NIT.
 */
public enum DocumentNumberRule {

    /** Colombian cédula de ciudadanía: 5 to 10 digits, no leading zero. */
    CO_CEDULA_CIUDADANIA {
        @Override
        Optional<String> check(String compact) {
            return digits(compact, 5, 10);
        }
    },

    /** Colombian cédula de extranjería: 6 to 10 digits. */
    CO_CEDULA_EXTRANJERIA {
        @Override
        Optional<String> check(String compact) {
            return digits(compact, 6, 10);
        }
    },

    /** Colombian tarjeta de identidad (minors): 10 or 11 digits. */
    CO_TARJETA_IDENTIDAD {
        @Override
        Optional<String> check(String compact) {
            return digits(compact, 10, 11);
        }
    },

    /**
     * Colombian NIT / RUT: a base number of 6 to 15 digits and the DIAN modulo-11 check digit.
     * Normal form {@code 900123456-8}.
     */
    CO_NIT {
        private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

        @Override
        Optional<String> check(String compact) {
            if (!compact.matches("[1-9][0-9]{6,15}")) {
                return Optional.empty();
            }
            String base = compact.substring(0, compact.length() - 1);
            int checkDigit = compact.charAt(compact.length() - 1) - '0';
            return nitCheckDigit(base) == checkDigit ? Optional.of(base + "-" + checkDigit) : Optional.empty();
        }

        private static int nitCheckDigit(String base) {
            int sum = 0;
            for (int i = 0; i < base.length(); i++) {
                sum += (base.charAt(base.length() - 1 - i) - '0') * WEIGHTS[i];
            }
            int remainder = sum % 11;
            return remainder < 2 ? remainder : 11 - remainder;
        }
    },

    /** Passport (any country, ICAO 9303 document number): 6 to 9 letters or digits. */
    PASSPORT {
        @Override
        Optional<String> check(String compact) {
            return compact.matches("[A-Z0-9]{6,9}") ? Optional.of(compact) : Optional.empty();
        }
    },

    /** Spanish DNI: 8 digits and the modulo-23 control letter. Normal form {@code 12345678Z}. */
    ES_DNI {
        @Override
        Optional<String> check(String compact) {
            if (!compact.matches("[0-9]{8}[A-Z]")) {
                return Optional.empty();
            }
            return spanishControlLetter(Long.parseLong(compact.substring(0, 8))) == compact.charAt(8)
                    ? Optional.of(compact)
                    : Optional.empty();
        }
    },

    /** Spanish NIE: X, Y or Z, 7 digits and the DNI control letter. */
    ES_NIE {
        @Override
        Optional<String> check(String compact) {
            if (!compact.matches("[XYZ][0-9]{7}[A-Z]")) {
                return Optional.empty();
            }
            long number = Long.parseLong("XYZ".indexOf(compact.charAt(0)) + compact.substring(1, 8));
            return spanishControlLetter(number) == compact.charAt(8) ? Optional.of(compact) : Optional.empty();
        }
    },

    /** Brazilian CPF: 11 digits whose last two are modulo-11 check digits. */
    BR_CPF {
        @Override
        Optional<String> check(String compact) {
            if (!compact.matches("[0-9]{11}") || compact.chars().distinct().count() == 1) {
                return Optional.empty();
            }
            boolean valid = cpfDigit(compact, 9) == compact.charAt(9) - '0'
                    && cpfDigit(compact, 10) == compact.charAt(10) - '0';
            return valid ? Optional.of(compact) : Optional.empty();
        }

        private static int cpfDigit(String digits, int length) {
            int sum = 0;
            for (int i = 0; i < length; i++) {
                sum += (digits.charAt(i) - '0') * (length + 1 - i);
            }
            int remainder = (sum * 10) % 11;
            return remainder == 10 ? 0 : remainder;
        }
    },

    /** Chilean RUT: 7 or 8 digits and a modulo-11 check character (0-9 or K). Normal form {@code 12345678-5}. */
    CL_RUT {
        private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{6,7})([0-9K])");

        @Override
        Optional<String> check(String compact) {
            Matcher matcher = FORMAT.matcher(compact);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String body = matcher.group(1);
            int sum = 0;
            for (int i = 0; i < body.length(); i++) {
                sum += (body.charAt(body.length() - 1 - i) - '0') * (2 + i % 6);
            }
            int value = 11 - sum % 11;
            char expected = value == 11 ? '0' : value == 10 ? 'K' : (char) ('0' + value);
            return expected == matcher.group(2).charAt(0) ? Optional.of(body + "-" + expected) : Optional.empty();
        }
    },

    /** Romanian CNP: 13 digits, the last a weighted modulo-11 control digit. */
    RO_CNP {
        private static final String KEY = "279146358279";

        @Override
        Optional<String> check(String compact) {
            if (!compact.matches("[1-9][0-9]{12}")) {
                return Optional.empty();
            }
            int sum = 0;
            for (int i = 0; i < KEY.length(); i++) {
                sum += (compact.charAt(i) - '0') * (KEY.charAt(i) - '0');
            }
            int control = sum % 11 == 10 ? 1 : sum % 11;
            return control == compact.charAt(12) - '0' ? Optional.of(compact) : Optional.empty();
        }
    };

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    /** The number in normal form, or empty if it breaks the rule. */
    public Optional<String> normalize(String number) {
        if (number == null || number.length() > 40) {
            return Optional.empty();
        }
        return check(SEPARATORS.matcher(number).replaceAll("").toUpperCase(Locale.ROOT));
    }

    /** Checks a number already stripped of separators and upper-cased. */
    abstract Optional<String> check(String compact);

    private static Optional<String> digits(String compact, int min, int max) {
        return compact.matches("[1-9][0-9]{" + (min - 1) + "," + (max - 1) + "}")
                ? Optional.of(compact)
                : Optional.empty();
    }

    private static char spanishControlLetter(long number) {
        return "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (number % 23));
    }
}
