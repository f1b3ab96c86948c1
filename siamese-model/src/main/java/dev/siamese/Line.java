package dev.siamese;

/**
 * A line for the user and how loud it is: what a goal logs through Maven, and a program through SLF4J or as it likes.
 *
 * @param level {@link Level#INFO} or {@link Level#WARN}
 * @param text  the line, without a level prefix
 */
public record Line(Level level, String text) {
    public enum Level { INFO, WARN }

    public static Line info(String text) {
        return new Line(Level.INFO, text);
    }

    public static Line warn(String text) {
        return new Line(Level.WARN, text);
    }
}
