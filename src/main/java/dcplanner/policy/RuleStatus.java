package dcplanner.policy;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The legal weight of a rule. */
public enum RuleStatus {
    /** law, regulation or a condition of approval or of a capacity award */
    IN_FORCE("in force"),
    /** announced or consulted on, not yet applied */
    PROPOSED("proposed"),
    /** voluntary: a roadmap target, a certification level, a standard's recommendation */
    GUIDELINE("guideline");

    private final String label;

    RuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RuleStatus fromLabel(String text) {
        for (RuleStatus s : values()) {
            if (s.label.equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("status '" + text + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(RuleStatus::label).collect(Collectors.joining(", ")));
    }
}
