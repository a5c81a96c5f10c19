package dcplanner.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated number texts for property-style tests of the strict parser and of everything that uses it. */
public final class NumberTexts {

    private NumberTexts() {
    }

    /** A random well-formed number: sign, digits, maybe a point and decimals, maybe an exponent. */
    public static String wellFormed(Random random) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> text.append('-');
            case 1 -> text.append('+');
            default -> { }
        }
        int digits = random.nextInt(19);
        for (int i = 0; i < digits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        boolean point = digits == 0 || random.nextBoolean();
        if (point) {
            text.append('.');
            int decimals = (digits == 0 ? 1 : 0) + random.nextInt(digits == 0 ? 18 : 25);
            for (int i = 0; i < decimals; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(4) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E');
            if (random.nextBoolean()) {
                text.append(random.nextBoolean() ? '-' : '+');
            }
            text.append(random.nextInt(40));
        }
        return text.toString();
    }

    /** Ways to break a well-formed number; each result must be refused. */
    public static List<String> malformedVariants(String number, Random random) {
        List<String> bad = new ArrayList<>();
        for (String suffix : List.of("d", "D", "f", "F", "L", "x", "%", "_", "e", "e+", "e-", ".", ",", "a", "h",
                "\u00a0", "\u2003", "\u0000", "\u001b[31m", "\ufeff", "1e", "..")) {
            String variant = number + suffix;
            if (!(suffix.equals(".") && !number.contains(".") && !number.toLowerCase().contains("e"))) {
                bad.add(variant); // "27." alone is a well-formed number; "2.7." and "2e5." are not
            }
        }
        for (String prefix : List.of("0x", "--", "+-", "-+", "=", "$", "\ufeff", "\u00a0", "e", "#")) {
            bad.add(prefix + number);
        }
        int cut = 1 + random.nextInt(Math.max(1, number.length() - 1));
        if (cut < number.length()) {
            bad.add(number.substring(0, cut) + " " + number.substring(cut)); // a space inside
            bad.add(number.substring(0, cut) + "_" + number.substring(cut));
            bad.add(number.substring(0, cut) + "," + number.substring(cut));
        }
        // digits of other scripts: Arabic-Indic and full-width (Character.isDigit says yes to both)
        bad.add(number.replace('1', '\u0661'));
        bad.add(number.replace('2', '\uff12'));
        bad.removeIf(variant -> variant.equals(number));
        return bad;
    }
}
