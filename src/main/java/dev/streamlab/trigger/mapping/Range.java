package dev.streamlab.trigger.mapping;

/**
 * The whole numbers a setting allows: {@code min..max}, plus optionally -1 with a meaning of its own
 * (AWS uses -1 for "no limit" in MaximumRetryAttempts and MaximumRecordAgeInSeconds).
 */
record Range(long min, long max, String minusOneMeans) {

    static Range of(long min, long max) {
        return new Range(min, max, null);
    }

    static Range orMinusOne(long min, long max, String meaning) {
        return new Range(min, max, meaning);
    }

    boolean allows(long value) {
        return (value >= min && value <= max) || (minusOneMeans != null && value == -1);
    }

    /** The part of a message after "allow", e.g. "1 to 10000". */
    String describe() {
        String span = min + " to " + max;
        return minusOneMeans == null ? span : "-1 (" + minusOneMeans + ") or " + span;
    }
}
