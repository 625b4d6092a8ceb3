package dev.streamlab.ui.items;

/** The sort-key conditions a query's key condition can have, as DynamoDB writes them. */
public enum SortOperator {
    ANY("any"),
    EQUAL("="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    BETWEEN("between"),
    BEGINS_WITH("begins with");

    private final String label;

    SortOperator(String label) {
        this.label = label;
    }

    /** How many values it compares with: none, one, or two (BETWEEN's low and high). */
    public int operands() {
        return switch (this) {
            case ANY -> 0;
            case BETWEEN -> 2;
            default -> 1;
        };
    }

    String expression(String name, String value, String high) {
        return switch (this) {
            case ANY -> "";
            case BETWEEN -> name + " BETWEEN " + value + " AND " + high;
            case BEGINS_WITH -> "begins_with(" + name + ", " + value + ")";
            default -> name + " " + label + " " + value;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
