package dev.streamlab.ui.stream;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/** "100,000" in the capacity field, read back with or without the separators; unreadable text keeps the value. */
final class GroupedIntegers extends StringConverter<Integer> {

    private final NumberFormat format = NumberFormat.getIntegerInstance();
    private final Supplier<Integer> current;

    GroupedIntegers(Supplier<Integer> current) {
        this.current = current;
    }

    @Override
    public String toString(Integer value) {
        return value == null ? "" : format.format(value);
    }

    @Override
    public Integer fromString(String text) {
        try {
            return format.parse(text.strip()).intValue();
        } catch (ParseException e) {
            return current.get();
        }
    }
}
