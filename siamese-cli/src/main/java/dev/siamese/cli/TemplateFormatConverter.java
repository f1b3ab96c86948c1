package dev.siamese.cli;

import dev.siamese.match.TemplateFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format}: the library's names ({@code float32}, {@code int8}); another is a one-line option error. */
final class TemplateFormatConverter implements ITypeConverter<TemplateFormat> {
    @Override
    public TemplateFormat convert(String value) {
        try {
            return TemplateFormat.fromJson(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a template format; allowed: float32, int8");
        }
    }
}
