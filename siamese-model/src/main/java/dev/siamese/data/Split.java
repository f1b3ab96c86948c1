package dev.siamese.data;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which part of the data set an image belongs to. */
public enum Split {
    TRAIN("train"),
    VALIDATION("validation");

    private final String jsonName;

    Split(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
