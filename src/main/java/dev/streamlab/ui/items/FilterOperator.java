package dev.streamlab.ui.items;

/** What one filter condition checks of its attribute, as DynamoDB's condition functions and comparators say it. */
public enum FilterOperator {
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    BETWEEN("between"),
    BEGINS_WITH("begins with"),
    CONTAINS("contains"),
    NOT_CONTAINS("not contains"),
    EXISTS("exists"),
    NOT_EXISTS("not exists"),
    SIZE_EQUAL("size ="),
    SIZE_LESS("size <"),
    SIZE_GREATER("size >"),
    TYPE_IS("type is");

    private final String label;

    FilterOperator(String label) {
        this.label = label;
    }

    /** How many values it compares with: none (exists), one, or two (BETWEEN's low and high). */
    public int operands() {
        return switch (this) {
            case EXISTS, NOT_EXISTS -> 0;
            case BETWEEN -> 2;
            default -> 1;
        };
    }

    /** The type its value must have whatever the row's type says: a size is a number, a type is a name. */
    public String fixedType() {
        return switch (this) {
            case SIZE_EQUAL, SIZE_LESS, SIZE_GREATER -> "N";
            case TYPE_IS -> "S";
            default -> null;
        };
    }

    String expression(String name, String value, String high) {
        return switch (this) {
            case BETWEEN -> name + " BETWEEN " + value + " AND " + high;
            case BEGINS_WITH -> "begins_with(" + name + ", " + value + ")";
            case CONTAINS -> "contains(" + name + ", " + value + ")";
            case NOT_CONTAINS -> "NOT contains(" + name + ", " + value + ")";
            case EXISTS -> "attribute_exists(" + name + ")";
            case NOT_EXISTS -> "attribute_not_exists(" + name + ")";
            case SIZE_EQUAL, SIZE_LESS, SIZE_GREATER -> "size(" + name + ") " + label.substring(5) + " " + value;
            case TYPE_IS -> "attribute_type(" + name + ", " + value + ")";
            default -> name + " " + label + " " + value;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
