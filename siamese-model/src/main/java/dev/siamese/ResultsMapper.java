package dev.siamese;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the files this library writes and reads back (results, scores,
 * diagnostics, history, timings, training manifest, data set manifest and pairs, the fork's progress lines):
 * indented, NaN written as the string "NaN" and read back, unknown fields ignored so that newer files of
 * the same schema version stay readable. Two others stay apart for their own reasons: the spec reader's
 * (strict parsing of what people write) and the model zip's {@code siamese.json} (compact bytes inside
 * the zip, which the model's hash covers).
 */
public final class ResultsMapper {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsMapper() {
    }
}
